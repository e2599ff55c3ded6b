package io.cognate.userpool.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.json.AwsJson;
import org.junit.jupiter.api.Test;

/** The small rules UserPoolSettings applies to CreateUserPool and UpdateUserPool input. */
class PoolSettingsRulesTest {

    @Test
    void createWhenUsernameAndAliasAttributesBothGivenThenRefused() {
        assertThatThrownBy(
                        () ->
                                UserPoolSettings.forCreate(
                                        json(
                                                "{\"UsernameAttributes\":[\"email\"],"
                                                        + "\"AliasAttributes\":[\"preferred_username\"]}")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("mutually exclusive");
    }

    @Test
    void createWhenUsernameConfigurationOmittedThenUsernamesAreCaseInsensitive() {
        ObjectNode settings = UserPoolSettings.forCreate(json("{}"));

        assertThat(settings.at("/UsernameConfiguration/CaseSensitive").asBoolean(true)).isFalse();
    }

    @Test
    void createWhenCaseSensitiveRequestedThenKept() {
        ObjectNode settings =
                UserPoolSettings.forCreate(
                        json("{\"UsernameConfiguration\":{\"CaseSensitive\":true}}"));

        assertThat(settings.at("/UsernameConfiguration/CaseSensitive").asBoolean()).isTrue();
    }

    @Test
    void createWhenAutoVerifiedAttributeIsNotEmailOrPhoneThenRefused() {
        assertThatThrownBy(
                        () ->
                                UserPoolSettings.forCreate(
                                        json("{\"AutoVerifiedAttributes\":[\"name\"]}")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("only email and phone_number");
    }

    @Test
    void applyWhenOnlyUnusedAccountValidityDaysGivenThenTheTemporaryPasswordFollows() {
        ObjectNode settings =
                UserPoolSettings.forCreate(
                        json("{\"AdminCreateUserConfig\":{\"UnusedAccountValidityDays\":12}}"));

        assertThat(settings.at("/Policies/PasswordPolicy/TemporaryPasswordValidityDays").asInt())
                .isEqualTo(12);
        assertThat(settings.at("/AdminCreateUserConfig/UnusedAccountValidityDays").asInt())
                .isEqualTo(12);
        assertThat(settings.at("/AdminCreateUserConfig/AllowAdminCreateUserOnly").asBoolean(true))
                .isFalse();
    }

    @Test
    void applyWhenTemporaryPasswordDaysGivenThenTheLegacyMemberReportsThem() {
        ObjectNode settings =
                UserPoolSettings.forCreate(
                        json(
                                "{\"Policies\":{\"PasswordPolicy\":"
                                        + "{\"TemporaryPasswordValidityDays\":3}},"
                                        + "\"AdminCreateUserConfig\":{\"UnusedAccountValidityDays\":0}}"));

        assertThat(settings.at("/AdminCreateUserConfig/UnusedAccountValidityDays").asInt())
                .isEqualTo(3);
    }

    @Test
    void applyWhenTemporaryPasswordDaysZeroThenTheDefaultSeven() {
        ObjectNode settings =
                UserPoolSettings.forCreate(
                        json(
                                "{\"Policies\":{\"PasswordPolicy\":"
                                        + "{\"TemporaryPasswordValidityDays\":0}}}"));

        assertThat(settings.at("/Policies/PasswordPolicy/TemporaryPasswordValidityDays").asInt())
                .isEqualTo(7);
    }

    @Test
    void applyWhenBothValidityMembersDifferThenRefusedWithCognitoWording() {
        assertThatThrownBy(
                        () ->
                                UserPoolSettings.forCreate(
                                        json(
                                                "{\"Policies\":{\"PasswordPolicy\":"
                                                        + "{\"TemporaryPasswordValidityDays\":3}},"
                                                        + "\"AdminCreateUserConfig\":"
                                                        + "{\"UnusedAccountValidityDays\":5}}")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage(
                        "Please use TemporaryPasswordValidityDays in PasswordPolicy instead of"
                                + " UnusedAccountValidityDays");
    }

    @Test
    void recoveryWhenPrioritiesRepeatThenRefused() {
        assertThatThrownBy(
                        () ->
                                RecoveryRules.require(
                                        json(
                                                "{\"RecoveryMechanisms\":["
                                                        + "{\"Name\":\"verified_email\",\"Priority\":1},"
                                                        + "{\"Name\":\"verified_phone_number\","
                                                        + "\"Priority\":1}]}")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("priorities must be unique");
    }

    @Test
    void recoveryWhenMechanismRepeatsThenRefused() {
        assertThatThrownBy(
                        () ->
                                RecoveryRules.require(
                                        json(
                                                "{\"RecoveryMechanisms\":["
                                                        + "{\"Name\":\"verified_email\",\"Priority\":1},"
                                                        + "{\"Name\":\"verified_email\",\"Priority\":2}]}")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void recoveryWhenAdminOnlyCombinedThenRefusedAndAloneAccepted() {
        assertThatThrownBy(
                        () ->
                                RecoveryRules.require(
                                        json(
                                                "{\"RecoveryMechanisms\":["
                                                        + "{\"Name\":\"admin_only\",\"Priority\":1},"
                                                        + "{\"Name\":\"verified_email\",\"Priority\":2}]}")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("admin_only");
        assertThatCode(
                        () ->
                                RecoveryRules.require(
                                        json(
                                                "{\"RecoveryMechanisms\":["
                                                        + "{\"Name\":\"admin_only\",\"Priority\":1}]}")))
                .doesNotThrowAnyException();
    }

    @Test
    void tagsWhenMoreThanFiftyOrReservedPrefixThenRefused() {
        ObjectNode many = AwsJson.mapper().createObjectNode();
        for (int i = 0; i <= TagRules.MAX_TAGS; i++) {
            many.put("k" + i, "v");
        }
        assertThatThrownBy(() -> TagRules.require(many))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("at most 50 tags");
        assertThatThrownBy(() -> TagRules.require(json("{\"AWS:cloudformation\":\"x\"}")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("reserved");
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) AwsJson.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
