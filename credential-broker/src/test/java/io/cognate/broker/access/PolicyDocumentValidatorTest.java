package io.cognate.broker.access;

import static io.cognate.broker.access.PolicyDocumentValidator.Kind.PERMISSIONS;
import static io.cognate.broker.access.PolicyDocumentValidator.Kind.TRUST;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicyDocumentValidatorTest {

    private static final String TRUST_OK =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"A1\",\"Effect\":\"Allow\","
                    + "\"Principal\":{\"Federated\":\"cognito-identity.amazonaws.com\"},"
                    + "\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":"
                    + "{\"cognito-identity.amazonaws.com:aud\":\"us-east-1:x\"},"
                    + "\"ForAnyValue:StringLike\":{\"cognito-identity.amazonaws.com:amr\":"
                    + "[\"authenticated\"]}}}]}";

    @Test
    void validateWhenWellFormedTrustAndPermissionPoliciesThenAccepted() {
        assertThatCode(() -> PolicyDocumentValidator.validate(TRUST_OK, TRUST))
                .doesNotThrowAnyException();
        assertThatCode(
                        () ->
                                PolicyDocumentValidator.validate(
                                        "{\"Statement\":{\"Effect\":\"Deny\",\"NotAction\":"
                                                + "[\"s3:*\"],\"NotResource\":\"arn:aws:s3:::b\"}}",
                                        PERMISSIONS))
                .doesNotThrowAnyException();
    }

    @Test
    void validateWhenJsonRepeatsAMemberThenMalformed() {
        String twice =
                "{\"Statement\":{\"Effect\":\"Deny\",\"Effect\":\"Allow\",\"Action\":\"*\","
                        + "\"Resource\":\"*\"}}";

        assertThatThrownBy(() -> PolicyDocumentValidator.validate(twice, PERMISSIONS))
                .isInstanceOf(MalformedPolicyDocumentException.class)
                .hasMessage("This policy contains invalid Json");
    }

    @Test
    void validateWhenGrammarBrokenThenMalformedWithIamsMessage() {
        expect("[]", TRUST, "Syntax errors in policy.");
        expect("{\"Statement\":[]}", TRUST, "Syntax errors in policy.");
        expect("{\"Version\":\"2020-01-01\",\"Statement\":{}}", TRUST, "legacy parsing");
        expect("{\"Extra\":1,\"Statement\":{}}", TRUST, "Syntax errors in policy.");
        expect(
                "{\"Statement\":{\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}}",
                TRUST,
                "Missing required field Effect");
        expect(
                "{\"Statement\":{\"Effect\":\"allow\",\"Principal\":\"*\",\"Action\":\"a:b\"}}",
                TRUST,
                "Syntax errors in policy.");
        expect(
                "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\"}}",
                TRUST,
                "must contain actions");
        expect(
                "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"AssumeRole\"}}",
                TRUST,
                "prefaced by a vendor");
        expect(
                "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"bob\"},"
                        + "\"Action\":\"sts:AssumeRole\"}}",
                TRUST,
                "Invalid principal");
        expect(
                "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Who\":\"x\"},"
                        + "\"Action\":\"sts:AssumeRole\"}}",
                TRUST,
                "Invalid principal");
        expect(
                "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"a:b\","
                        + "\"Condition\":{\"StringEquals\":\"x\"}}}",
                TRUST,
                "Syntax errors in policy.");
        expect(
                "{\"Statement\":[{\"Sid\":\"S\",\"Effect\":\"Allow\",\"Action\":\"a:b\","
                        + "\"Resource\":\"*\"},{\"Sid\":\"S\",\"Effect\":\"Allow\","
                        + "\"Action\":\"a:b\",\"Resource\":\"*\"}]}",
                PERMISSIONS,
                "must be unique");
        expect(
                "{\"Statement\":{\"Sid\":\"not ok\",\"Effect\":\"Allow\",\"Action\":\"a:b\","
                        + "\"Resource\":\"*\"}}",
                PERMISSIONS,
                "alpha-numeric");
    }

    private static void expect(String document, PolicyDocumentValidator.Kind kind, String message) {
        assertThatThrownBy(() -> PolicyDocumentValidator.validate(document, kind))
                .as(document)
                .isInstanceOf(MalformedPolicyDocumentException.class)
                .hasMessageContaining(message);
    }
}
