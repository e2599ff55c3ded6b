package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.events.EventMetadata;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds {@link CodeDeliveryRequested} events from the pool's message templates ({@code {username}}
 * and {@code {####}} placeholders), with Cognito's default texts.
 */
final class Deliveries {

    static final String INVITE_MESSAGE =
            "Your username is {username} and temporary password is {####}.";
    static final String INVITE_SUBJECT = "Your temporary password";
    static final String RESET_MESSAGE = "Your password reset code is {####}.";
    static final String RESET_SUBJECT = "Your password reset code";
    static final String VERIFY_MESSAGE = "Your verification code is {####}.";
    static final String VERIFY_SUBJECT = "Your verification code";

    private Deliveries() {}

    /**
     * AdminCreateUser's invitation over the requested media; without DesiredDeliveryMediums,
     * Cognito's default SMS, or email when the user has no phone number.
     */
    static List<CodeDeliveryRequested> invitation(
            PoolRules pool,
            UserAccountEntity user,
            String signInName,
            String temporaryPassword,
            List<String> requested,
            Supplier<EventMetadata> metadata) {
        return invitation(
                pool,
                user,
                signInName,
                temporaryPassword,
                temporaryPassword,
                "ADMIN_CREATE_USER",
                requested,
                metadata);
    }

    /**
     * The welcome message of a user the UserMigration trigger created (unless it answered {@code
     * messageAction: SUPPRESS}), over its {@code desiredDeliveryMediums} (without them, as
     * AdminCreateUser's invitation). Cognito's documentation calls it "the welcome message usually
     * sent by Amazon Cognito to new users", i.e. AdminCreateUser's invitation template; a migrated
     * user keeps the legacy directory's password (or gets a reset code), so there is no temporary
     * password: {@code {####}} is left empty and the event carries no code. A user with neither
     * email nor phone number and no requested medium gets none.
     */
    static List<CodeDeliveryRequested> welcome(
            PoolRules pool,
            UserAccountEntity user,
            List<String> requested,
            Supplier<EventMetadata> metadata) {
        boolean reachable =
                user.attributes.containsKey("phone_number") || user.attributes.containsKey("email");
        if ((requested == null || requested.isEmpty()) && !reachable) {
            return List.of();
        }
        return invitation(
                pool, user, user.username, "", null, "USER_MIGRATION", requested, metadata);
    }

    private static List<CodeDeliveryRequested> invitation(
            PoolRules pool,
            UserAccountEntity user,
            String signInName,
            String placeholder,
            String code,
            String purpose,
            List<String> requested,
            Supplier<EventMetadata> metadata) {
        List<String> media = requested == null || requested.isEmpty() ? null : requested;
        if (media == null) {
            media =
                    List.of(
                            user.attributes.containsKey("phone_number")
                                    ? "SMS"
                                    : user.attributes.containsKey("email") ? "EMAIL" : "SMS");
        }
        Map<String, Object> template =
                PoolRules.section(pool.section("AdminCreateUserConfig"), "InviteMessageTemplate");
        List<CodeDeliveryRequested> deliveries = new ArrayList<>();
        for (String medium : media.stream().distinct().toList()) {
            boolean email = medium.equals("EMAIL");
            String attribute = email ? "email" : "phone_number";
            String destination = user.attributes.get(attribute);
            if (destination == null) {
                throw new InvalidParameterException(
                        "No "
                                + attribute
                                + " provided but desired delivery medium was "
                                + (email ? "Email" : "SMS"));
            }
            String text =
                    text(template, email ? "EmailMessage" : "SMSMessage", INVITE_MESSAGE)
                            .replace("{username}", signInName)
                            .replace("{####}", placeholder);
            String subject = email ? text(template, "EmailSubject", INVITE_SUBJECT) : null;
            deliveries.add(
                    new CodeDeliveryRequested(
                            metadata.get(),
                            pool.userPoolId(),
                            user.sub.toString(),
                            user.username,
                            purpose,
                            medium,
                            destination,
                            code,
                            subject,
                            text));
        }
        return deliveries;
    }

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

    private static String text(Map<String, Object> template, String member, String fallback) {
        return template.get(member) instanceof String s && !s.isBlank() ? s : fallback;
    }
}
