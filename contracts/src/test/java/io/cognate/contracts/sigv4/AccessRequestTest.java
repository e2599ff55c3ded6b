package io.cognate.contracts.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The action and resource ARN a signed Cognito call is authorized for. */
class AccessRequestTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void resourceWhenUserPoolIdThenUserPoolArn() {
        AccessRequest access =
                new AccessRequest(
                        "cognito-idp", "AdminGetUser", input("UserPoolId", "us-east-1_AbC123xyz"));

        assertThat(access.action()).isEqualTo("cognito-idp:AdminGetUser");
        assertThat(access.resource("us-east-1", "000000000000"))
                .isEqualTo(
                        "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_AbC123xyz");
    }

    @Test
    void resourceWhenIdentityPoolIdThenIdentityPoolArn() {
        String poolId = "us-east-1:6f1c2e7a-7a0e-4e63-9a43-6c1f4b6a0f01";
        AccessRequest access =
                new AccessRequest(
                        "cognito-identity",
                        "DescribeIdentityPool",
                        input("IdentityPoolId", poolId));

        assertThat(access.resource("us-east-1", "000000000000"))
                .isEqualTo(
                        "arn:aws:cognito-identity:us-east-1:000000000000:identitypool/" + poolId);
    }

    @Test
    void resourceWhenPoolIdHasWildcardsThenNotNamedAsThatPool() {
        AccessRequest access =
                new AccessRequest(
                        "cognito-idp", "AdminGetUser", input("UserPoolId", "us-east-1_*"));

        assertThat(access.resource("us-east-1", "000000000000")).isEqualTo("*");
    }

    @Test
    void resourceWhenTaggingOperationThenItsResourceArn() {
        String arn = "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_AbC123xyz";
        AccessRequest access =
                new AccessRequest("cognito-idp", "TagResource", input("ResourceArn", arn));

        assertThat(access.resource("us-east-1", "000000000000")).isEqualTo(arn);
    }

    @Test
    void resourceWhenNoPoolNamedThenWildcard() {
        AccessRequest access =
                new AccessRequest("cognito-idp", "ListUserPools", input("MaxResults", "10"));

        assertThat(access.resource("us-east-1", "000000000000")).isEqualTo("*");
    }

    private static ObjectNode input(String member, String value) {
        return JSON.createObjectNode().put(member, value);
    }
}
