package io.cognate.userpool.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.json.AwsJson;
import org.junit.jupiter.api.Test;

class MessageTemplateRulesTest {

    @Test
    void applyWhenOnlyLegacyMembersGivenThenTheTemplateMirrorsThem() {
        ObjectNode settings =
                apply(
                        "{\"SmsVerificationMessage\":\"Code {####}\","
                                + "\"EmailVerificationMessage\":\"Your code is {####}\","
                                + "\"EmailVerificationSubject\":\"Verify\"}");

        assertThat(settings.at("/VerificationMessageTemplate/SmsMessage").asText())
                .isEqualTo("Code {####}");
        assertThat(settings.at("/VerificationMessageTemplate/EmailMessage").asText())
                .isEqualTo("Your code is {####}");
        assertThat(settings.at("/VerificationMessageTemplate/EmailSubject").asText())
                .isEqualTo("Verify");
        assertThat(settings.at("/VerificationMessageTemplate/DefaultEmailOption").asText())
                .isEqualTo("CONFIRM_WITH_CODE");
    }

    @Test
    void applyWhenOnlyTemplateGivenThenTheLegacyMembersMirrorIt() {
        ObjectNode settings =
                apply(
                        "{\"VerificationMessageTemplate\":{\"SmsMessage\":\"SMS {####}\","
                                + "\"EmailSubject\":\"Hello\"}}");

        assertThat(settings.get("SmsVerificationMessage").asText()).isEqualTo("SMS {####}");
        assertThat(settings.get("EmailVerificationSubject").asText()).isEqualTo("Hello");
        assertThat(settings.has("EmailVerificationMessage")).isFalse();
    }

    @Test
    void applyWhenLegacyAndTemplateDisagreeThenRefused() {
        assertThatThrownBy(
                        () ->
                                apply(
                                        "{\"SmsVerificationMessage\":\"A {####}\","
                                                + "\"VerificationMessageTemplate\":"
                                                + "{\"SmsMessage\":\"B {####}\"}}"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("SmsVerificationMessage and VerificationMessageTemplate");
    }

    @Test
    void applyWhenLegacyAndTemplateAgreeThenAccepted() {
        ObjectNode settings =
                apply(
                        "{\"SmsVerificationMessage\":\"A {####}\","
                                + "\"VerificationMessageTemplate\":{\"SmsMessage\":\"A {####}\"}}");

        assertThat(settings.get("SmsVerificationMessage").asText()).isEqualTo("A {####}");
    }

    @Test
    void applyWhenCodeAndLinkEmailBothGivenThenRefused() {
        assertThatThrownBy(
                        () ->
                                apply(
                                        "{\"VerificationMessageTemplate\":{"
                                                + "\"EmailMessage\":\"Code {####}\","
                                                + "\"EmailMessageByLink\":\"{##Verify##}\","
                                                + "\"DefaultEmailOption\":\"CONFIRM_WITH_LINK\"}}"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("not both");
    }

    @Test
    void applyWhenPlaceholderMissingThenRefused() {
        assertThatThrownBy(() -> apply("{\"EmailVerificationMessage\":\"No code here\"}"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("{####}");
        assertThatThrownBy(
                        () ->
                                apply(
                                        "{\"VerificationMessageTemplate\":"
                                                + "{\"EmailMessageByLink\":\"Click me\"}}"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("{##Verify Email##}");
    }

    private static ObjectNode apply(String input) {
        try {
            ObjectNode request = (ObjectNode) AwsJson.mapper().readTree(input);
            ObjectNode settings = request.deepCopy();
            MessageTemplateRules.apply(request, settings);
            return settings;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
