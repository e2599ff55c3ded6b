package io.cognate.userpool.user;

import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.trigger.CustomMessageTrigger;
import io.cognate.userpool.trigger.TriggerJson;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The one place a code message passes before it is sent: when the pool has a CustomMessage trigger,
 * the receiver's text replaces the template's, placeholders filled with the same code and sign-in
 * name. Call inside the caller's transaction, before the delivery is appended.
 */
@ApplicationScoped
public class CustomMessages {

    public static final String SIGN_UP = "CustomMessage_SignUp";
    public static final String RESEND_CODE = "CustomMessage_ResendCode";
    public static final String FORGOT_PASSWORD = "CustomMessage_ForgotPassword";
    public static final String UPDATE_USER_ATTRIBUTE = "CustomMessage_UpdateUserAttribute";
    public static final String VERIFY_USER_ATTRIBUTE = "CustomMessage_VerifyUserAttribute";
    public static final String ADMIN_CREATE_USER = "CustomMessage_AdminCreateUser";
    public static final String AUTHENTICATION = "CustomMessage_Authentication";

    private final CustomMessageTrigger trigger;

    CustomMessages(CustomMessageTrigger trigger) {
        this.trigger = trigger;
    }

    /**
     * @param clientId the calling app client, null for admin calls
     * @param signInName what {@code {username}} stands for (AdminCreateUser), else null
     */
    public Uni<CodeDeliveryRequested> apply(
            UserAccountEntity user,
            String clientId,
            String triggerSource,
            String signInName,
            Map<String, String> clientMetadata,
            CodeDeliveryRequested delivery) {
        return trigger.invoke(
                        user.userPoolId,
                        triggerSource,
                        user.username,
                        clientId,
                        TriggerJson.userAttributes(user.sub, user.status.name(), user.attributes),
                        signInName != null,
                        clientMetadata)
                .map(
                        answer ->
                                answer.map(message -> replaced(delivery, message, signInName))
                                        .orElse(delivery));
    }

    private static CodeDeliveryRequested replaced(
            CodeDeliveryRequested delivery,
            CustomMessageTrigger.Message message,
            String signInName) {
        boolean email = delivery.deliveryMedium().equals("EMAIL");
        String text = email ? message.emailMessage() : message.smsMessage();
        String subject =
                email && message.emailSubject() != null
                        ? message.emailSubject()
                        : delivery.subject();
        return new CodeDeliveryRequested(
                delivery.metadata(),
                delivery.userPoolId(),
                delivery.sub(),
                delivery.username(),
                delivery.purpose(),
                delivery.deliveryMedium(),
                delivery.destination(),
                delivery.code(),
                subject,
                text == null
                        ? delivery.message()
                        : fill(text, delivery.code(), signInName, delivery));
    }

    private static String fill(
            String text, String code, String signInName, CodeDeliveryRequested delivery) {
        return text.replace(CustomMessageTrigger.CODE_PARAMETER, code)
                .replace(
                        CustomMessageTrigger.USERNAME_PARAMETER,
                        signInName != null ? signInName : delivery.username());
    }
}
