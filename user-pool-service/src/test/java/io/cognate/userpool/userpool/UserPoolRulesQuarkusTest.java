package io.cognate.userpool.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

/** CreateUserPool / UpdateUserPool rules the model cannot express, through the AWS SDK v2. */
@QuarkusTest
class UserPoolRulesQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityProviderClient cognito;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createWhenUsernameAndAliasAttributesBothGivenThenInvalidParameter() {
        assertRefused(
                r ->
                        r.usernameAttributes(UsernameAttributeType.EMAIL)
                                .aliasAttributes(AliasAttributeType.PREFERRED_USERNAME),
                "mutually exclusive");
    }

    @Test
    void createWhenEitherSignInOptionAloneThenAccepted() {
        assertThat(
                        create(r -> r.usernameAttributes(UsernameAttributeType.EMAIL))
                                .usernameAttributes())
                .containsExactly(UsernameAttributeType.EMAIL);
        assertThat(create(r -> r.aliasAttributes(AliasAttributeType.EMAIL)).aliasAttributes())
                .containsExactly(AliasAttributeType.EMAIL);
    }

    @Test
    void createWhenUsernameConfigurationOmittedThenUsernamesAreCaseInsensitive() {
        UserPoolType pool = create(r -> r);

        assertThat(pool.usernameConfiguration().caseSensitive()).isFalse();
        assertThat(
                        cognito.describeUserPool(r -> r.userPoolId(pool.id()))
                                .userPool()
                                .usernameConfiguration()
                                .caseSensitive())
                .isFalse();
    }

    @Test
    void createWhenAutoVerifiedAttributeIsNotEmailOrPhoneThenInvalidParameter() {
        assertRefused(r -> r.autoVerifiedAttributesWithStrings("preferred_username"), null);
    }

    @Test
    void createWhenStandardAttributeTypeChangedThenInvalidParameter() {
        assertRefused(
                r -> r.schema(s -> s.name("birthdate").attributeDataType("DateTime")),
                "standard attribute birthdate is String");
    }

    @Test
    void createWhenCustomAttributeRequiredThenInvalidParameterWithCognitoWording() {
        assertRefused(
                r -> r.schema(s -> s.name("plan").required(true)),
                "Required custom attributes are not supported currently.");
    }

    @Test
    void createWhenNumberConstraintsInconsistentThenInvalidParameter() {
        assertRefused(
                r ->
                        r.schema(
                                s ->
                                        s.name("age")
                                                .attributeDataType("Number")
                                                .numberAttributeConstraints(
                                                        n -> n.minValue("5").maxValue("1"))),
                "MinValue must not be greater than MaxValue");
    }

    @Test
    void createWhenDeveloperOnlyAttributeThenReportedWithDevPrefix() {
        UserPoolType pool = create(r -> r.schema(s -> s.name("ops").developerOnlyAttribute(true)));

        assertThat(pool.schemaAttributes())
                .filteredOn(a -> a.name().equals("dev:ops"))
                .singleElement()
                .satisfies(a -> assertThat(a.developerOnlyAttribute()).isTrue());
    }

    @Test
    void createWhenFiftyCustomAttributesThenAllAreStored() {
        SchemaAttributeType[] many = new SchemaAttributeType[50];
        for (int i = 0; i < many.length; i++) {
            many[i] = SchemaAttributeType.builder().name("c" + i).build();
        }
        // The model caps Schema at 50 items, so only AddCustomAttributes can pass the limit.
        assertThat(create(r -> r.schema(many)).schemaAttributes())
                .filteredOn(a -> a.name().startsWith("custom:"))
                .hasSize(50);
    }

    @Test
    void createWhenLegacyVerificationMessagesGivenThenTheTemplateMirrorsThem() {
        UserPoolType pool =
                create(
                        r ->
                                r.emailVerificationMessage("Your code: {####}")
                                        .emailVerificationSubject("Welcome")
                                        .verificationMessageTemplate(
                                                t -> t.smsMessage("SMS code {####}")));

        assertThat(pool.verificationMessageTemplate().emailMessage())
                .isEqualTo("Your code: {####}");
        assertThat(pool.verificationMessageTemplate().emailSubject()).isEqualTo("Welcome");
        assertThat(pool.smsVerificationMessage()).isEqualTo("SMS code {####}");
        assertThat(pool.verificationMessageTemplate().defaultEmailOptionAsString())
                .isEqualTo("CONFIRM_WITH_CODE");
    }

    @Test
    void createWhenCodeAndLinkEmailsBothGivenThenInvalidParameter() {
        assertRefused(
                r ->
                        r.verificationMessageTemplate(
                                t ->
                                        t.emailMessage("Code {####}")
                                                .emailMessageByLink("Click {##Verify Email##}")
                                                .defaultEmailOption("CONFIRM_WITH_LINK")),
                "not both");
    }

    @Test
    void createWhenCodePlaceholderMissingThenInvalidParameter() {
        assertRefused(r -> r.smsVerificationMessage("No placeholder at all"), null);
    }

    @Test
    void updateWhenLegacyAndTemplateDisagreeThenInvalidParameterAndPoolUnchanged() {
        UserPoolType pool = create(r -> r.smsVerificationMessage("First {####}"));

        assertThatThrownBy(
                        () ->
                                cognito.updateUserPool(
                                        r ->
                                                r.userPoolId(pool.id())
                                                        .smsVerificationMessage("A {####}")
                                                        .verificationMessageTemplate(
                                                                t -> t.smsMessage("B {####}"))))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(
                        cognito.describeUserPool(r -> r.userPoolId(pool.id()))
                                .userPool()
                                .smsVerificationMessage())
                .isEqualTo("First {####}");
    }

    @Test
    void createWhenValidityDaysDifferThenInvalidParameterWithCognitoWording() {
        assertRefused(
                r ->
                        r.policies(p -> p.passwordPolicy(pp -> pp.temporaryPasswordValidityDays(3)))
                                .adminCreateUserConfig(a -> a.unusedAccountValidityDays(5)),
                "Please use TemporaryPasswordValidityDays in PasswordPolicy instead of"
                        + " UnusedAccountValidityDays");
    }

    @Test
    void updateWhenOnlyLegacyValidityGivenThenBothMembersReportIt() {
        UserPoolType pool = create(r -> r);

        cognito.updateUserPool(
                r ->
                        r.userPoolId(pool.id())
                                .adminCreateUserConfig(
                                        a ->
                                                a.allowAdminCreateUserOnly(true)
                                                        .unusedAccountValidityDays(14)));

        UserPoolType updated = cognito.describeUserPool(r -> r.userPoolId(pool.id())).userPool();
        assertThat(updated.policies().passwordPolicy().temporaryPasswordValidityDays())
                .isEqualTo(14);
        assertThat(updated.adminCreateUserConfig().unusedAccountValidityDays()).isEqualTo(14);
        assertThat(updated.adminCreateUserConfig().allowAdminCreateUserOnly()).isTrue();
    }

    @Test
    void createWhenAdminOnlyRecoveryCombinedThenInvalidParameter() {
        assertRefused(
                r ->
                        r.accountRecoverySetting(
                                s ->
                                        s.recoveryMechanisms(
                                                m ->
                                                        m.name(RecoveryOptionNameType.ADMIN_ONLY)
                                                                .priority(1),
                                                m ->
                                                        m.name(
                                                                        RecoveryOptionNameType
                                                                                .VERIFIED_EMAIL)
                                                                .priority(2))),
                "admin_only");
    }

    @Test
    void updateWhenRecoveryPrioritiesRepeatThenInvalidParameter() {
        UserPoolType pool = create(r -> r);

        assertThatThrownBy(
                        () ->
                                cognito.updateUserPool(
                                        r ->
                                                r.userPoolId(pool.id())
                                                        .accountRecoverySetting(
                                                                s ->
                                                                        s.recoveryMechanisms(
                                                                                m ->
                                                                                        m.name(
                                                                                                        RecoveryOptionNameType
                                                                                                                .VERIFIED_EMAIL)
                                                                                                .priority(
                                                                                                        1),
                                                                                m ->
                                                                                        m.name(
                                                                                                        RecoveryOptionNameType
                                                                                                                .VERIFIED_PHONE_NUMBER)
                                                                                                .priority(
                                                                                                        1)))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("priorities must be unique");
    }

    @Test
    void createWhenRecoveryMechanismsWellFormedThenStored() {
        UserPoolType pool =
                create(
                        r ->
                                r.accountRecoverySetting(
                                        s ->
                                                s.recoveryMechanisms(
                                                        m ->
                                                                m.name(
                                                                                RecoveryOptionNameType
                                                                                        .VERIFIED_EMAIL)
                                                                        .priority(1),
                                                        m ->
                                                                m.name(
                                                                                RecoveryOptionNameType
                                                                                        .VERIFIED_PHONE_NUMBER)
                                                                        .priority(2))));

        assertThat(pool.accountRecoverySetting().recoveryMechanisms()).hasSize(2);
    }

    @Test
    void createWhenTagsUseReservedPrefixThenInvalidParameter() {
        assertRefused(r -> r.userPoolTags(java.util.Map.of("aws:stack", "x")), "reserved");
    }

    private UserPoolType create(
            java.util.function.UnaryOperator<CreateUserPoolRequest.Builder> settings) {
        return cognito.createUserPool(r -> settings.apply(r.poolName("rules"))).userPool();
    }

    private void assertRefused(
            java.util.function.UnaryOperator<CreateUserPoolRequest.Builder> settings,
            String message) {
        assertThatThrownBy(() -> create(settings))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e -> {
                            if (message != null) {
                                assertThat(
                                                ((AwsServiceException) e)
                                                        .awsErrorDetails()
                                                        .errorMessage())
                                        .contains(message);
                            }
                        });
    }
}
