package io.cognate.userpool.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a free port for every {@code @QuarkusTest} of this module, with
 * email delivery of codes switched on and pointed at it; tests read the codes out of the mail it
 * received.
 */
@QuarkusTestResource(value = RealSmtpServer.Lifecycle.class, restrictToAnnotatedClass = false)
public final class RealSmtpServer {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static volatile GreenMail server;

    private RealSmtpServer() {}

    /** A received message, decoded. */
    public record Received(String to, String from, String subject, String body) {

        /** The six-digit code in the body. */
        public String code() {
            Matcher matcher = CODE.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No code in the message");
            }
            return matcher.group(1);
        }
    }

    /** The messages received for {@code address}, oldest first. */
    public static List<Received> messagesTo(String address) {
        List<Received> received = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                boolean toAddress =
                        Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                if (toAddress) {
                    received.add(
                            new Received(
                                    address,
                                    message.getFrom()[0].toString(),
                                    message.getSubject(),
                                    GreenMailUtil.getBody(message)));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return received;
    }

    /** Waits for the {@code count}-th message to {@code address} (1-based) and returns it. */
    public static Received awaitMessage(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<Received> received = messagesTo(address);
            if (received.size() >= count) {
                return received.get(count - 1);
            }
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No message " + count + " to " + address + " within 30 s");
    }

    public static final class Lifecycle implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            greenMail.start();
            server = greenMail;
            return Map.of(
                    "cognate.delivery.email.enabled", "true",
                    "cognate.delivery.email.retry-backoff", "0.2s",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                    "quarkus.mailer.mock", "false",
                    "quarkus.mailer.from", "no-reply@cognate.test",
                    "quarkus.mailer.start-tls", "DISABLED");
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop();
            }
        }
    }
}
