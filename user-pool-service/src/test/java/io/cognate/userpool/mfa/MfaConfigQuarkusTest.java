package io.cognate.userpool.mfa;

import static io.cognate.userpool.testing.SelfService.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/** SetUserPoolMfaConfig / GetUserPoolMfaConfig and the user MFA preference operations. */
@QuarkusTest
class MfaConfigQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    MfaFixture fixture;

    @BeforeEach
    void pool() {
        fixture = new MfaFixture(endpoint);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void getUserPoolMfaConfigWhenNeverSetThenOffWithTotpDisabled() {
        var config = fixture.admin.getUserPoolMfaConfig(r -> r.userPoolId(fixture.poolId));

        assertThat(config.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
        assertThat(config.softwareTokenMfaConfiguration().enabled()).isFalse();
        assertThat(config.smsMfaConfiguration()).isNull();
        assertThat(config.emailMfaConfiguration()).isNull();
    }

    @Test
    void setUserPoolMfaConfigWhenAllFactorsThenStoredAndDescribedAsCognitoDoes() {
        fixture.mfa(UserPoolMfaType.OPTIONAL, true, true);

        var config = fixture.admin.getUserPoolMfaConfig(r -> r.userPoolId(fixture.poolId));
        var pool = fixture.admin.describeUserPool(r -> r.userPoolId(fixture.poolId)).userPool();

        assertThat(config.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
        assertThat(config.softwareTokenMfaConfiguration().enabled()).isTrue();
        assertThat(config.smsMfaConfiguration().smsAuthenticationMessage())
                .isEqualTo("Your sign-in code is {####}");
        assertThat(config.smsMfaConfiguration().smsConfiguration().externalId())
                .isEqualTo("cognate");
        assertThat(config.emailMfaConfiguration().subject()).isEqualTo("Sign-in code");
        assertThat(pool.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
        assertThat(pool.smsAuthenticationMessage()).isEqualTo("Your sign-in code is {####}");
        assertThat(pool.smsConfiguration().snsCallerArn())
                .isEqualTo("arn:aws:iam::123456789012:role/sns");
    }

    @Test
    void setUserPoolMfaConfigWhenOnWithoutAnyFactorThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                fixture.admin.setUserPoolMfaConfig(
                                        r ->
                                                r.userPoolId(fixture.poolId)
                                                        .mfaConfiguration(UserPoolMfaType.ON)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("can't disable all MFAs");
        assertThat(
                        fixture.admin
                                .getUserPoolMfaConfig(r -> r.userPoolId(fixture.poolId))
                                .mfaConfiguration())
                .isEqualTo(UserPoolMfaType.OFF);
    }

    @Test
    void getUserPoolMfaConfigWhenPoolUnknownThenResourceNotFound() {
        assertThatThrownBy(
                        () ->
                                fixture.admin.getUserPoolMfaConfig(
                                        r -> r.userPoolId("us-east-1_Nope0000")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void adminSetUserMfaPreferenceWhenSmsPreferredThenAdminGetUserAndGetUserShowIt() {
        fixture.mfa(UserPoolMfaType.OPTIONAL, true, true);
        String username = fixture.user(freshEmail("pref"));
        String accessToken = fixture.accessToken(username);

        fixture.admin.adminSetUserMFAPreference(
                r ->
                        r.userPoolId(fixture.poolId)
                                .username(username)
                                .smsMfaSettings(s -> s.enabled(true).preferredMfa(true))
                                .emailMfaSettings(s -> s.enabled(true)));

        var user = fixture.admin.adminGetUser(r -> r.userPoolId(fixture.poolId).username(username));
        var self = fixture.app.getUser(r -> r.accessToken(accessToken));
        assertThat(user.userMFASettingList()).containsExactly("SMS_MFA", "EMAIL_OTP");
        assertThat(user.preferredMfaSetting()).isEqualTo("SMS_MFA");
        assertThat(user.mfaOptions())
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.deliveryMediumAsString()).isEqualTo("SMS");
                            assertThat(o.attributeName()).isEqualTo("phone_number");
                        });
        assertThat(self.userMFASettingList()).containsExactly("SMS_MFA", "EMAIL_OTP");
        assertThat(self.preferredMfaSetting()).isEqualTo("SMS_MFA");
    }

    @Test
    void setUserMfaPreferenceWhenTotpNotVerifiedThenInvalidParameterAndNothingChanged() {
        fixture.mfa(UserPoolMfaType.OPTIONAL, false, false);
        String username = fixture.user(freshEmail("nototp"));
        String accessToken = fixture.accessToken(username);

        assertThatThrownBy(
                        () ->
                                fixture.app.setUserMFAPreference(
                                        r ->
                                                r.accessToken(accessToken)
                                                        .softwareTokenMfaSettings(
                                                                s ->
                                                                        s.enabled(true)
                                                                                .preferredMfa(
                                                                                        true))))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e ->
                                assertThat(
                                                ((InvalidParameterException) e)
                                                        .awsErrorDetails()
                                                        .errorMessage())
                                        .isEqualTo(
                                                "User does not have delivery config set to turn"
                                                        + " on SOFTWARE_TOKEN_MFA"));
        assertThat(
                        fixture.admin
                                .adminGetUser(r -> r.userPoolId(fixture.poolId).username(username))
                                .userMFASettingList())
                .isEmpty();
    }

    @Test
    void setUserMfaPreferenceWhenTwoPreferredThenInvalidParameter() {
        fixture.mfa(UserPoolMfaType.OPTIONAL, true, true);
        String username = fixture.user(freshEmail("two"));
        String accessToken = fixture.accessToken(username);

        assertThatThrownBy(
                        () ->
                                fixture.app.setUserMFAPreference(
                                        r ->
                                                r.accessToken(accessToken)
                                                        .smsMfaSettings(
                                                                s ->
                                                                        s.enabled(true)
                                                                                .preferredMfa(true))
                                                        .emailMfaSettings(
                                                                s ->
                                                                        s.enabled(true)
                                                                                .preferredMfa(
                                                                                        true))))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(
                        fixture.admin
                                .adminGetUser(r -> r.userPoolId(fixture.poolId).username(username))
                                .userMFASettingList())
                .isEmpty();
    }
}
