package io.cognate.userpool.mfa;

import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.user.CodeDeliveryDetails;
import io.cognate.userpool.user.CustomMessages;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.UserCodes;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * SMS_MFA and EMAIL_OTP codes: six digits, stored hashed by {@link UserCodes}, single use,
 * attempt-limited, living as long as the sign-in's Session; delivered through the directory's
 * delivery path (a {@code CodeDeliveryRequested} event, purpose {@code AUTHENTICATION}, mailed over
 * SMTP for email). Call inside the caller's transaction.
 */
@ApplicationScoped
public class MfaCodes {

    static final String PURPOSE = "AUTHENTICATION";

    private final UserCodes codes;
    private final Outbox outbox;
    private final CustomMessages messages;

    MfaCodes(UserCodes codes, Outbox outbox, CustomMessages messages) {
        this.messages = messages;
        this.codes = codes;
        this.outbox = outbox;
    }

    /** The attribute a factor's codes go to: {@code phone_number} or {@code email}. */
    public static String attribute(String factor) {
        return factor.equals(UserMfa.EMAIL) ? "email" : "phone_number";
    }

    /**
     * Sends a fresh code for {@code factor}, replacing the previous one; where it went, masked.
     * {@code clientId} is the sign-in's app client, the CustomMessage event's caller.
     */
    public Uni<CodeDeliveryDetails> send(
            PoolMfa pool,
            UserAccountEntity user,
            String factor,
            String clientId,
            Duration lifetime,
            Instant now) {
        return send(pool, user, factor, null, clientId, lifetime, now);
    }

    /**
     * As {@link #send(PoolMfa, UserAccountEntity, String, String, Duration, Instant)}, to {@code
     * destination} instead of the user's attribute when not null: the address a user gives while
     * setting up email MFA in MFA_SETUP, which becomes the user's only once the code is proven.
     */
    public Uni<CodeDeliveryDetails> send(
            PoolMfa pool,
            UserAccountEntity user,
            String factor,
            String destination,
            String clientId,
            Duration lifetime,
            Instant now) {
        boolean email = factor.equals(UserMfa.EMAIL);
        String to = destination != null ? destination : user.attributes.get(attribute(factor));
        return codes.issue(user.userPoolId, user.sub, purpose(factor), lifetime, now)
                .chain(
                        code -> {
                            var delivery =
                                    new CodeDeliveryRequested(
                                            outbox.metadata(CodeDeliveryEvent.TOPIC, now),
                                            user.userPoolId,
                                            user.sub.toString(),
                                            user.username,
                                            PURPOSE,
                                            email ? "EMAIL" : "SMS",
                                            to,
                                            code,
                                            email ? pool.emailSubject() : null,
                                            (email ? pool.emailMessage() : pool.smsMessage())
                                                    .replace("{####}", code)
                                                    .replace("{username}", user.username));
                            return messages.apply(
                                            user,
                                            clientId,
                                            CustomMessages.AUTHENTICATION,
                                            null,
                                            null,
                                            delivery)
                                    .call(outbox::append)
                                    .map(CodeDeliveryDetails::of);
                        });
    }

    /** Checks and, when right, consumes the factor's live code. */
    public Uni<CodeVerdict> redeem(
            UserAccountEntity user, String factor, String code, Instant now) {
        return codes.redeem(user.userPoolId, user.sub, purpose(factor), code, now)
                .map(
                        redemption ->
                                switch (redemption) {
                                    case ACCEPTED -> CodeVerdict.ACCEPTED;
                                    case MISMATCH -> CodeVerdict.MISMATCH;
                                    case EXPIRED -> CodeVerdict.EXPIRED;
                                    case NONE, TOO_MANY_ATTEMPTS -> CodeVerdict.MISSING;
                                });
    }

    private static String purpose(String factor) {
        return "MFA_" + factor;
    }
}
