package io.cognate.userpool.user;

import io.cognate.contracts.events.EventMetadata;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds {@link CodeDeliveryRequested} events from the pool's VerificationMessageTemplate ({@code
 * {username}} and {@code {####}} placeholders), with Cognito's default texts; {@link Invitations}
 * builds those of the InviteMessageTemplate.
 */
final class Deliveries {

    static final String RESET_MESSAGE = "Your password reset code is {####}.";
    static final String RESET_SUBJECT = "Your password reset code";
    static final String VERIFY_MESSAGE = "Your verification code is {####}.";
    static final String VERIFY_SUBJECT = "Your verification code";

    private Deliveries() {}

    /**
     * A reset code goes to the first verified contact the pool's AccountRecoverySetting allows
     * (without one, Cognito's legacy order: phone, then email); none yields nothing.
     */
    static Optional<CodeDeliveryRequested> passwordReset(
            PoolRules pool, UserAccountEntity user, String code, Supplier<EventMetadata> metadata) {
        Map<String, Object> template = pool.section("VerificationMessageTemplate");
        for (String mechanism : RecoveryMechanisms.of(pool)) {
            boolean email = mechanism.equals("verified_email");
            String attribute = email ? "email" : "phone_number";
            String destination = user.attributes.get(attribute);
            if (destination == null
                    || !"true".equals(user.attributes.get(attribute + "_verified"))) {
                continue;
            }
            String text =
                    text(template, email ? "EmailMessage" : "SmsMessage", RESET_MESSAGE)
                            .replace("{####}", code)
                            .replace("{username}", user.username);
            return Optional.of(
                    new CodeDeliveryRequested(
                            metadata.get(),
                            pool.userPoolId(),
                            user.sub.toString(),
                            user.username,
                            "FORGOT_PASSWORD",
                            email ? "EMAIL" : "SMS",
                            destination,
                            code,
                            email ? text(template, "EmailSubject", RESET_SUBJECT) : null,
                            text));
        }
        return Optional.empty();
    }

    /**
     * A sign-up confirmation code to the attribute {@link AutoVerification#target} chose, with the
     * pool's VerificationMessageTemplate code message (link messages need the hosted UI: the code
     * message is sent instead).
     */
    static CodeDeliveryRequested confirmation(
            PoolRules pool,
            UserAccountEntity user,
            String attribute,
            String code,
            Supplier<EventMetadata> metadata) {
        return verification(
                pool, user, attribute, user.attributes.get(attribute), code, "SIGN_UP", metadata);
    }

    /**
     * An attribute verification code (GetUserAttributeVerificationCode, UpdateUserAttributes) to
     * {@code destination}, the attribute's value or its pending new value, with the same message.
     */
    static CodeDeliveryRequested attributeVerification(
            PoolRules pool,
            UserAccountEntity user,
            String attribute,
            String destination,
            String code,
            Supplier<EventMetadata> metadata) {
        return verification(
                pool, user, attribute, destination, code, "ATTRIBUTE_VERIFICATION", metadata);
    }

    private static CodeDeliveryRequested verification(
            PoolRules pool,
            UserAccountEntity user,
            String attribute,
            String destination,
            String code,
            String purpose,
            Supplier<EventMetadata> metadata) {
        Map<String, Object> template = pool.section("VerificationMessageTemplate");
        boolean email = attribute.equals("email");
        String text =
                text(template, email ? "EmailMessage" : "SmsMessage", VERIFY_MESSAGE)
                        .replace("{####}", code)
                        .replace("{username}", user.username);
        return new CodeDeliveryRequested(
                metadata.get(),
                pool.userPoolId(),
                user.sub.toString(),
                user.username,
                purpose,
                email ? "EMAIL" : "SMS",
                destination,
                code,
                email ? text(template, "EmailSubject", VERIFY_SUBJECT) : null,
                text);
    }

    /** The template's {@code member}, or {@code fallback} when it sets none. */
    static String text(Map<String, Object> template, String member, String fallback) {
        return template.get(member) instanceof String s && !s.isBlank() ? s : fallback;
    }
}
