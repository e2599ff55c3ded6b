package io.cognate.userpool.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.userpool.UserPoolUpdated;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.ConfigEventLog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/** AddCustomAttributes through the real AWS SDK for Java v2. */
@QuarkusTest
class AddCustomAttributesQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        poolId =
                cognito.createUserPool(r -> r.poolName("extensible").schema(s -> s.name("tenant")))
                        .userPool()
                        .id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void addWhenNamesAreNewThenAppendedAfterTheExistingSchema() {
        UserPoolType before = describe();

        cognito.addCustomAttributes(
                r ->
                        r.userPoolId(poolId)
                                .customAttributes(
                                        a ->
                                                a.name("age")
                                                        .attributeDataType(AttributeDataType.NUMBER)
                                                        .numberAttributeConstraints(
                                                                n ->
                                                                        n.minValue("0")
                                                                                .maxValue("150")),
                                        a -> a.name("score").developerOnlyAttribute(true)));

        UserPoolType after = describe();
        assertThat(after.schemaAttributes())
                .startsWith(before.schemaAttributes().toArray(new SchemaAttributeType[0]));
        assertThat(after.schemaAttributes())
                .extracting(SchemaAttributeType::name)
                .endsWith("custom:tenant", "custom:age", "dev:score");
        SchemaAttributeType age = after.schemaAttributes().get(after.schemaAttributes().size() - 2);
        assertThat(age.attributeDataType()).isEqualTo(AttributeDataType.NUMBER);
        assertThat(age.numberAttributeConstraints().maxValue()).isEqualTo("150");
        assertThat(age.required()).isFalse();
        assertThat(after.lastModifiedDate()).isAfterOrEqualTo(before.lastModifiedDate());
    }

    @Test
    void addWhenNameAlreadyInTheSchemaThenInvalidParameterAndNothingAdded() {
        int size = describe().schemaAttributes().size();

        assertThatThrownBy(
                        () ->
                                cognito.addCustomAttributes(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .customAttributes(
                                                                a -> a.name("fresh"),
                                                                a -> a.name("tenant"))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("custom:tenant");
        assertThat(describe().schemaAttributes()).hasSize(size);
    }

    @Test
    void addWhenRequiredThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.addCustomAttributes(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .customAttributes(
                                                                a ->
                                                                        a.name("plan")
                                                                                .required(true))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Required custom attributes are not supported");
    }

    @Test
    void addWhenPoolWouldExceedFiftyCustomAttributesThenInvalidParameter() {
        List<SchemaAttributeType> batch = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            batch.add(SchemaAttributeType.builder().name("a" + i).build());
        }
        cognito.addCustomAttributes(r -> r.userPoolId(poolId).customAttributes(batch));
        List<SchemaAttributeType> second =
                batch.stream().map(a -> a.toBuilder().name("b" + a.name()).build()).toList();

        // The pool has custom:tenant plus 25: another 25 would make 51.
        assertThatThrownBy(
                        () ->
                                cognito.addCustomAttributes(
                                        r -> r.userPoolId(poolId).customAttributes(second)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("at most 50 custom attributes");
    }

    @Test
    void addWhenStringConstraintsInconsistentThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.addCustomAttributes(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .customAttributes(
                                                                a ->
                                                                        a.name("code")
                                                                                .stringAttributeConstraints(
                                                                                        c ->
                                                                                                c.minLength(
                                                                                                                "8")
                                                                                                        .maxLength(
                                                                                                                "4")))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("MinLength must not be greater than MaxLength");
    }

    @Test
    void addWhenPoolUnknownThenResourceNotFound() {
        assertThatThrownBy(
                        () ->
                                cognito.addCustomAttributes(
                                        r ->
                                                r.userPoolId("us-east-1_NoSuchOne")
                                                        .customAttributes(a -> a.name("x"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void addWhenCommittedThenUserPoolUpdatedNamesSchemaAttributes() {
        cognito.addCustomAttributes(r -> r.userPoolId(poolId).customAttributes(a -> a.name("x")));

        List<DomainEvent> events = ConfigEventLog.eventsFor(dataSource, poolId);
        assertThat(events.get(events.size() - 1))
                .isInstanceOfSatisfying(
                        UserPoolUpdated.class,
                        e -> assertThat(e.changedSettings()).containsExactly("SchemaAttributes"));
    }

    private UserPoolType describe() {
        return cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool();
    }
}
