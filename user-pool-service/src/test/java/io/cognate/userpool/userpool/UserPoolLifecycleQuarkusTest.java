package io.cognate.userpool.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/** CreateUserPool … DeleteUserPool through the real AWS SDK for Java v2. */
@QuarkusTest
class UserPoolLifecycleQuarkusTest {

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
    void createWhenOnlyNameGivenThenCognitoDefaultsAreReturnedAndDescribed() {
        UserPoolType created = cognito.createUserPool(r -> r.poolName("defaults")).userPool();

        assertThat(created.id()).matches("us-east-1_[0-9A-Za-z]{9}");
        assertThat(created.arn())
                .isEqualTo("arn:aws:cognito-idp:us-east-1:000000000000:userpool/" + created.id());
        assertThat(created.policies().passwordPolicy())
                .isEqualTo(
                        PasswordPolicyType.builder()
                                .minimumLength(8)
                                .requireUppercase(true)
                                .requireLowercase(true)
                                .requireNumbers(true)
                                .requireSymbols(true)
                                .temporaryPasswordValidityDays(7)
                                .build());
        assertThat(created.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
        assertThat(created.deletionProtection()).isEqualTo(DeletionProtectionType.INACTIVE);
        assertThat(created.schemaAttributes())
                .extracting(SchemaAttributeType::name)
                .startsWith("sub", "name", "given_name")
                .contains("email", "email_verified", "phone_number", "updated_at");
        assertThat(created.creationDate()).isNotNull().isEqualTo(created.lastModifiedDate());
        assertThat(created.estimatedNumberOfUsers()).isZero();

        UserPoolType described =
                cognito.describeUserPool(r -> r.userPoolId(created.id())).userPool();
        assertThat(described).isEqualTo(created);
    }

    @Test
    void createWhenCustomSchemaAndPolicyGivenThenTheyAreStoredAsCognitoReportsThem() {
        UserPoolType created =
                cognito.createUserPool(
                                r ->
                                        r.poolName("custom settings")
                                                .mfaConfiguration(UserPoolMfaType.OPTIONAL)
                                                .policies(
                                                        p ->
                                                                p.passwordPolicy(
                                                                        pp -> pp.minimumLength(12)))
                                                .schema(
                                                        s ->
                                                                s.name("tenant")
                                                                        .attributeDataType("String")
                                                                        .mutable(true),
                                                        s -> s.name("email").required(true))
                                                .userPoolTags(java.util.Map.of("team", "id")))
                        .userPool();

        assertThat(created.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
        assertThat(created.policies().passwordPolicy().minimumLength()).isEqualTo(12);
        assertThat(created.policies().passwordPolicy().requireSymbols()).isFalse();
        assertThat(created.schemaAttributes())
                .filteredOn(a -> a.name().equals("custom:tenant"))
                .singleElement()
                .satisfies(a -> assertThat(a.mutable()).isTrue());
        assertThat(created.schemaAttributes())
                .filteredOn(a -> a.name().equals("email"))
                .singleElement()
                .satisfies(a -> assertThat(a.required()).isTrue());
        assertThat(created.userPoolTags()).containsEntry("team", "id");
    }

    @Test
    void listWhenPoolsSpanSeveralPagesThenEveryPoolAppearsExactlyOnce() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            mine.add(cognito.createUserPool(r -> r.poolName("paged-" + n)).userPool().id());
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListUserPoolsResponse page =
                    cognito.listUserPools(r -> r.maxResults(2).nextToken(next));
            assertThat(page.userPools()).hasSizeLessThanOrEqualTo(2);
            page.userPools().forEach(p -> seen.add(p.id()));
            if (token == null) {
                // A pool created mid-listing lands after the current position, never twice.
                cognito.createUserPool(r -> r.poolName("late"));
            }
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).doesNotHaveDuplicates().containsAll(mine);
    }

    @Test
    void updateWhenSettingsOmittedThenTheyReturnToDefaultsAndCreateOnlySettingsStay() {
        String id =
                cognito.createUserPool(
                                r ->
                                        r.poolName("before")
                                                .mfaConfiguration(UserPoolMfaType.OPTIONAL)
                                                .schema(
                                                        s ->
                                                                s.name("tier")
                                                                        .attributeDataType(
                                                                                "String")))
                        .userPool()
                        .id();

        cognito.updateUserPool(
                r ->
                        r.userPoolId(id)
                                .poolName("after")
                                .deletionProtection(DeletionProtectionType.ACTIVE));

        UserPoolType updated = cognito.describeUserPool(r -> r.userPoolId(id)).userPool();
        assertThat(updated.name()).isEqualTo("after");
        assertThat(updated.deletionProtection()).isEqualTo(DeletionProtectionType.ACTIVE);
        assertThat(updated.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
        assertThat(updated.schemaAttributes())
                .extracting(SchemaAttributeType::name)
                .contains("custom:tier");
        assertThat(updated.lastModifiedDate()).isAfterOrEqualTo(updated.creationDate());
    }

    @Test
    void deleteWhenProtectedThenRefusedAndPoolKeptUntilProtectionLifted() {
        String id =
                cognito.createUserPool(
                                r ->
                                        r.poolName("protected")
                                                .deletionProtection(DeletionProtectionType.ACTIVE))
                        .userPool()
                        .id();

        assertThatThrownBy(() -> cognito.deleteUserPool(r -> r.userPoolId(id)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("deletion protection");
        assertThat(cognito.describeUserPool(r -> r.userPoolId(id)).userPool().id()).isEqualTo(id);

        cognito.updateUserPool(
                r -> r.userPoolId(id).deletionProtection(DeletionProtectionType.INACTIVE));
        cognito.deleteUserPool(r -> r.userPoolId(id));

        assertThatThrownBy(() -> cognito.describeUserPool(r -> r.userPoolId(id)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void describeWhenPoolUnknownThenResourceNotFoundWithCognitoWording() {
        assertThatThrownBy(() -> cognito.describeUserPool(r -> r.userPoolId("us-east-1_NoSuchOne")))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(
                        e ->
                                assertThat(
                                                ((ResourceNotFoundException) e)
                                                        .awsErrorDetails()
                                                        .errorMessage())
                                        .isEqualTo(
                                                "User pool us-east-1_NoSuchOne does not exist."));
    }

    @Test
    void createWhenPoolNameMissingThenInvalidParameterNamesTheMember() {
        assertThatThrownBy(
                        () -> cognito.createUserPool(r -> r.mfaConfiguration(UserPoolMfaType.OFF)))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e ->
                                assertThat(
                                                ((InvalidParameterException) e)
                                                        .awsErrorDetails()
                                                        .errorMessage())
                                        .contains("'poolName'")
                                        .contains("Member must not be null"));
    }

    @Test
    void listWhenTokenForgedThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.listUserPools(
                                        r -> r.maxResults(5).nextToken("bm90LWEtdG9rZW4")))
                .isInstanceOf(InvalidParameterException.class);
    }
}
