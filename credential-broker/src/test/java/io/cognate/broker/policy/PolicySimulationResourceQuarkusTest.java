package io.cognate.broker.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** {@code POST /internal/simulate} over HTTP: decisions, and a JSON 400 for every bad input. */
@QuarkusTest
class PolicySimulationResourceQuarkusTest {

    private static final String ABAC_POLICY =
            """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "ReadOwnDepartment", "Effect": "Allow", "Action": "s3:GetObject",
               "Resource": "arn:aws:s3:::corp/${aws:PrincipalTag/department}/*"},
              {"Sid": "NoSecrets", "Effect": "Deny", "Action": "s3:*",
               "Resource": "arn:aws:s3:::corp/*/secrets/*"}]}
            """;

    @Test
    void simulateWhenPolicyAllowsThenAllowWithMatchedStatement() {
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"policies": [{"name": "abac", "document": %s}],
                         "action": "s3:GetObject", "resource": "arn:aws:s3:::corp/eng/plan.txt",
                         "principalTags": {"department": "eng"}}
                        """
                                .formatted(ABAC_POLICY))
                .post("/internal/simulate")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("decision", equalTo("ALLOW"))
                .body("matchedStatements", hasSize(1))
                .body("matchedStatements[0].policyName", equalTo("abac"))
                .body("matchedStatements[0].sid", equalTo("ReadOwnDepartment"))
                .body("matchedStatements[0].index", equalTo(0))
                .body("matchedStatements[0].effect", equalTo("Allow"));
    }

    @Test
    void simulateWhenDenyMatchesThenExplicitDeny() {
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"policies": [{"name": "abac", "document": %s}],
                         "action": "s3:GetObject", "resource": "arn:aws:s3:::corp/eng/secrets/key",
                         "principalTags": {"department": "eng"}}
                        """
                                .formatted(ABAC_POLICY))
                .post("/internal/simulate")
                .then()
                .statusCode(200)
                .body("decision", equalTo("EXPLICIT_DENY"))
                .body("matchedStatements[0].sid", equalTo("NoSecrets"))
                .body("matchedStatements[0].index", equalTo(1))
                .body("matchedStatements[0].effect", equalTo("Deny"));
    }

    @Test
    void simulateWhenOtherDepartmentThenImplicitDenyWithoutStatements() {
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"policies": [{"name": "abac", "document": %s}],
                         "action": "s3:GetObject", "resource": "arn:aws:s3:::corp/sales/plan.txt",
                         "principalTags": {"department": "eng"}}
                        """
                                .formatted(ABAC_POLICY))
                .post("/internal/simulate")
                .then()
                .statusCode(200)
                .body("decision", equalTo("IMPLICIT_DENY"))
                .body("matchedStatements", empty());
    }

    @Test
    void simulateWhenDocumentIsAStringAndContextMultivaluedThenEvaluated() {
        String document =
                "{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": {\\\"Effect\\\": \\\"Allow\\\","
                        + " \\\"Action\\\": \\\"cognito-idp:Admin*\\\", \\\"Resource\\\": \\\"*\\\","
                        + " \\\"Condition\\\": {\\\"ForAnyValue:StringEquals\\\":"
                        + " {\\\"aws:TagKeys\\\": \\\"team\\\"}}}}";
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"policies": [{"name": "inline", "document": "%s"}],
                         "action": "cognito-idp:AdminGetUser",
                         "resource": "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_A",
                         "context": {"aws:TagKeys": ["owner", "team"]}}
                        """
                                .formatted(document))
                .post("/internal/simulate")
                .then()
                .statusCode(200)
                .body("decision", equalTo("ALLOW"))
                .body("matchedStatements[0].sid", equalTo(null));
    }

    @Test
    void simulateWhenTrustPolicyAndFederatedPrincipalThenTrustDecided() {
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"policyType": "TRUST",
                         "policies": [{"name": "trust", "document": {"Version": "2012-10-17", "Statement": {
                           "Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                           "Action": "sts:AssumeRoleWithWebIdentity",
                           "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:pool"},
                                         "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}}}}}],
                         "action": "sts:AssumeRoleWithWebIdentity",
                         "resource": "arn:aws:iam::000000000000:role/Auth",
                         "principal": {"type": "Federated", "id": "cognito-identity.amazonaws.com"},
                         "context": {"cognito-identity.amazonaws.com:aud": "us-east-1:pool",
                                     "cognito-identity.amazonaws.com:amr": ["authenticated", "cognito-idp"]}}
                        """)
                .post("/internal/simulate")
                .then()
                .statusCode(200)
                .body("decision", equalTo("ALLOW"));
    }

    @Test
    void simulateWhenTimeConditionThenServerClockFillsCurrentTime() {
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"policies": [{"name": "p", "document": {"Version": "2012-10-17", "Statement": {
                           "Effect": "Allow", "Action": "*", "Resource": "*",
                           "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2020-01-01T00:00:00Z"}}}}}],
                         "action": "s3:GetObject"}
                        """)
                .post("/internal/simulate")
                .then()
                .statusCode(200)
                .body("decision", equalTo("ALLOW"));
    }

    @Test
    void simulateWhenBodyIsNotJsonThenJson400() {
        given().contentType(ContentType.JSON)
                .body("{\"policies\": [")
                .post("/internal/simulate")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("__type", equalTo("SerializationException"));
    }

    @Test
    void simulateWhenBodyIsEmptyThenJson400() {
        given().contentType(ContentType.JSON)
                .post("/internal/simulate")
                .then()
                .statusCode(400)
                .body("__type", equalTo("ValidationException"));
    }

    @Test
    void simulateWhenFieldsMissingOrWrongThenValidation400NamingTheField() {
        String policy =
                "{\"name\": \"p\", \"document\": {\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}}";
        String[][] cases = {
            {"[]", "The body must be a JSON object."},
            {"{\"action\": \"s3:GetObject\"}", "policies"},
            {"{\"policies\": [], \"action\": \"s3:GetObject\"}", "policies"},
            {"{\"policies\": [" + policy + "]}", "action"},
            {"{\"policies\": [" + policy + "], \"action\": 7}", "action"},
            {"{\"policies\": [{\"document\": {}}], \"action\": \"a:b\"}", "name"},
            {
                "{\"policies\": [{\"name\": \"p\", \"document\": 5}], \"action\": \"a:b\"}",
                "document"
            },
            {"{\"policies\": [" + policy + "], \"action\": \"a:b\", \"context\": [1]}", "context"},
            {
                "{\"policies\": ["
                        + policy
                        + "], \"action\": \"a:b\", \"context\": {\"k:v\": {\"x\": 1}}}",
                "k:v"
            },
            {
                "{\"policies\": [" + policy + "], \"action\": \"a:b\", \"principalTags\": \"eng\"}",
                "principalTags"
            },
            {
                "{\"policies\": ["
                        + policy
                        + "], \"action\": \"a:b\", \"principal\": {\"type\": \"Robot\", \"id\": \"x\"}}",
                "principal.type"
            },
            {
                "{\"policies\": [" + policy + "], \"action\": \"a:b\", \"policyType\": \"SCP\"}",
                "policyType"
            }
        };
        for (String[] c : cases) {
            given().contentType(ContentType.JSON)
                    .body(c[0])
                    .post("/internal/simulate")
                    .then()
                    .statusCode(400)
                    .contentType(ContentType.JSON)
                    .body("__type", equalTo("ValidationException"))
                    .body("message", containsString(c[1]));
        }
    }

    @Test
    void simulateWhenPolicyMalformedThenMalformedPolicyDocument400() {
        given().contentType(ContentType.JSON)
                .body(
                        """
                        {"policies": [{"name": "p", "document": {"Version": "2012-10-17",
                           "Statement": {"Effect": "Allow", "Resource": "*"}}}],
                         "action": "s3:GetObject"}
                        """)
                .post("/internal/simulate")
                .then()
                .statusCode(400)
                .body("__type", equalTo("MalformedPolicyDocument"))
                .body("message", equalTo("Policy statement must contain actions."));
    }

    @Test
    void simulateWhenDocumentStringIsNotJsonThenMalformedPolicyDocument400() {
        given().contentType(ContentType.JSON)
                .body(
                        "{\"policies\": [{\"name\": \"p\", \"document\": \"{oops\"}], \"action\": \"s3:GetObject\"}")
                .post("/internal/simulate")
                .then()
                .statusCode(400)
                .body("__type", equalTo("MalformedPolicyDocument"))
                .body("message", equalTo("This policy contains invalid Json"));
    }

    @Test
    void simulateWhenBodyTooLargeThenJson413() {
        String filler = "x".repeat(300 * 1024);
        given().contentType(ContentType.JSON)
                .body("{\"action\": \"" + filler + "\"}")
                .post("/internal/simulate")
                .then()
                .statusCode(413)
                .body("__type", equalTo("RequestEntityTooLargeException"));
    }
}
