package io.cognate.userpool.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.userpool.UserPoolUpdated;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.ConfigEventLog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/** TagResource, UntagResource and ListTagsForResource through the real AWS SDK for Java v2. */
@QuarkusTest
class UserPoolTagsQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private CognitoIdentityProviderClient cognito;
    private UserPoolType pool;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        pool =
                cognito.createUserPool(r -> r.poolName("tagged").userPoolTags(Map.of("team", "id")))
                        .userPool();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void tagWhenKeysNewOrExistingThenAddedOrReplacedAndDescribed() {
        cognito.tagResource(
                r -> r.resourceArn(pool.arn()).tags(Map.of("team", "identity", "env", "test")));

        assertThat(cognito.listTagsForResource(r -> r.resourceArn(pool.arn())).tags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("team", "identity", "env", "test"));
        assertThat(cognito.describeUserPool(r -> r.userPoolId(pool.id())).userPool().userPoolTags())
                .containsEntry("env", "test");
    }

    @Test
    void untagWhenKeysGivenThenOnlyThoseGoAndUnknownKeysAreIgnored() {
        cognito.tagResource(r -> r.resourceArn(pool.arn()).tags(Map.of("env", "test")));

        cognito.untagResource(r -> r.resourceArn(pool.arn()).tagKeys("team", "never-set"));

        assertThat(cognito.listTagsForResource(r -> r.resourceArn(pool.arn())).tags())
                .containsExactlyEntriesOf(Map.of("env", "test"));
    }

    @Test
    void listWhenPoolHasNoTagsThenEmpty() {
        cognito.untagResource(r -> r.resourceArn(pool.arn()).tagKeys("team"));

        assertThat(cognito.listTagsForResource(r -> r.resourceArn(pool.arn())).tags()).isEmpty();
    }

    @Test
    void tagWhenArnNamesNoPoolThenResourceNotFound() {
        String unknown = pool.arn().replace(pool.id(), "us-east-1_NoSuchOne");
        String otherAccount = pool.arn().replace(":000000000000:", ":111111111111:");

        for (String arn : new String[] {unknown, otherAccount}) {
            assertThatThrownBy(
                            () ->
                                    cognito.tagResource(
                                            r -> r.resourceArn(arn).tags(Map.of("a", "b"))))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> cognito.listTagsForResource(r -> r.resourceArn(arn)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> cognito.untagResource(r -> r.resourceArn(arn).tagKeys("a")))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void tagWhenPoolWouldExceedFiftyTagsThenRefusedAndTagsUnchanged() {
        Map<String, String> fifty = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            fifty.put("k" + i, "v");
        }

        assertThatThrownBy(() -> cognito.tagResource(r -> r.resourceArn(pool.arn()).tags(fifty)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("at most 50 tags");
        assertThat(cognito.listTagsForResource(r -> r.resourceArn(pool.arn())).tags())
                .containsExactlyEntriesOf(Map.of("team", "id"));
    }

    @Test
    void tagWhenKeyUsesReservedAwsPrefixThenRefused() {
        assertThatThrownBy(
                        () ->
                                cognito.tagResource(
                                        r ->
                                                r.resourceArn(pool.arn())
                                                        .tags(Map.of("aws:owner", "me"))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void tagWhenKeyLongerThanTheModelAllowsThenRefused() {
        assertThatThrownBy(
                        () ->
                                cognito.tagResource(
                                        r ->
                                                r.resourceArn(pool.arn())
                                                        .tags(Map.of("k".repeat(129), "v"))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void tagWhenCommittedThenUserPoolUpdatedNamesUserPoolTags() {
        cognito.tagResource(r -> r.resourceArn(pool.arn()).tags(Map.of("env", "test")));
        cognito.untagResource(r -> r.resourceArn(pool.arn()).tagKeys("env"));

        assertThat(ConfigEventLog.eventsFor(dataSource, pool.id()))
                .filteredOn(UserPoolUpdated.class::isInstance)
                .hasSize(2)
                .allSatisfy(
                        e ->
                                assertThat(((UserPoolUpdated) e).changedSettings())
                                        .containsExactly("UserPoolTags"));
    }
}
