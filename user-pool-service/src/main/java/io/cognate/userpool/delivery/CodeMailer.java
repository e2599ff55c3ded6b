package io.cognate.userpool.delivery;

import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.platform.CognateConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Sends one code email through SMTP with the subject and text the event carries (the pool's
 * VerificationMessageTemplate, already filled in), retrying a few times before giving up. Blocking:
 * called on the delivery consumer's own thread, never on the event loop.
 */
@ApplicationScoped
class CodeMailer {

    private static final Logger LOG = Logger.getLogger(CodeMailer.class);
    private static final String FALLBACK_SUBJECT = "Your verification code";

    private final Mailer mailer;
    private final int attempts;
    private final Duration backoff;

    CodeMailer(Mailer mailer, CognateConfig config) {
        this.mailer = mailer;
        this.attempts = Math.max(1, config.delivery().email().attempts());
        this.backoff = config.delivery().email().retryBackoff();
    }

    /**
     * @throws MailNotSent when every attempt failed (the event is then parked)
     * @throws InterruptedException when the service stops while waiting to retry
     */
    void send(CodeDeliveryRequested delivery) throws MailNotSent, InterruptedException {
        String subject = delivery.subject() == null ? FALLBACK_SUBJECT : delivery.subject();
        Mail mail = Mail.withText(delivery.destination(), subject, delivery.message());
        RuntimeException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                mailer.send(mail);
                return;
            } catch (RuntimeException e) {
                last = e;
                // The event, its message and the address stay out of the log: they carry the code.
                LOG.warnf(
                        "SMTP send %d/%d for event %s failed: %s",
                        attempt, attempts, delivery.metadata().eventId(), e.getClass().getName());
                if (attempt < attempts) {
                    Thread.sleep(backoff.multipliedBy(attempt).toMillis());
                }
            }
        }
        throw new MailNotSent(last);
    }

    /** Every attempt to send a message failed. */
    static final class MailNotSent extends Exception {
        MailNotSent(Throwable cause) {
            super("SMTP delivery failed", cause);
        }
    }
}
