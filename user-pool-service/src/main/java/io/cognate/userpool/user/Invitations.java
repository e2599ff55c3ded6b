package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.events.EventMetadata;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the {@link CodeDeliveryRequested} events of the pool's InviteMessageTemplate ({@code
 * {username}} and {@code {####}} placeholders), with Cognito's default texts: AdminCreateUser's
 * invitation and a migrated user's welcome.
 */
final class Invitations {

    static final String INVITE_MESSAGE =
            "Your username is {username} and temporary password is {####}.";
    static final String INVITE_SUBJECT = "Your temporary password";

    private Invitations() {}

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
                    Deliveries.text(template, email ? "EmailMessage" : "SMSMessage", INVITE_MESSAGE)
                            .replace("{username}", signInName)
                            .replace("{####}", placeholder);
            String subject =
                    email ? Deliveries.text(template, "EmailSubject", INVITE_SUBJECT) : null;
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
}
