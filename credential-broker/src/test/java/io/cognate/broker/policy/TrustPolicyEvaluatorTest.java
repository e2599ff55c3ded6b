package io.cognate.broker.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Trust policies for {@code sts:AssumeRoleWithWebIdentity} (Cognito) and {@code sts:AssumeRole}.
 */
class TrustPolicyEvaluatorTest {

    private static final TrustPolicyEvaluator TRUST =
            new TrustPolicyEvaluator(new PolicyEvaluator());
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    private static final String ROLE = "arn:aws:iam::000000000000:role/Cognito_AppAuth_Role";
    private static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";
    private static final String OTHER_POOL = "us-east-1:99999999-2222-3333-4444-555555555555";
    private static final String IDENTITY = "us-east-1:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private static final String USER_POOL_PROVIDER =
            "cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc";

    /** The trust policy the Cognito console writes for an identity pool's authenticated role. */
    private static final PolicyDocument COGNITO_AUTHENTICATED =
            PolicyDocument.parseTrustPolicy(
                    """
                    {"Version": "2012-10-17",
                     "Statement": [{
                       "Effect": "Allow",
                       "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                       "Action": "sts:AssumeRoleWithWebIdentity",
                       "Condition": {
                         "StringEquals": {"cognito-identity.amazonaws.com:aud": "%s"},
                         "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}}}]}
                    """
                            .formatted(POOL));

    @Test
    void webIdentityWhenAuthenticatedIdentityOfThePoolThenAllowed() {
        Decision decision =
                TRUST.assumeRoleWithWebIdentity(
                        ROLE,
                        COGNITO_AUTHENTICATED,
                        cognito(POOL, "authenticated", USER_POOL_PROVIDER),
                        NOW);

        assertThat(decision.effect()).isEqualTo(DecisionEffect.ALLOW);
        assertThat(decision.matchedStatements())
                .containsExactly(
                        new MatchedStatement("AssumeRolePolicyDocument", null, 0, Effect.ALLOW));
    }

    @Test
    void webIdentityWhenIdentityOfAnotherPoolThenImplicitDeny() {
        Decision decision =
                TRUST.assumeRoleWithWebIdentity(
                        ROLE, COGNITO_AUTHENTICATED, cognito(OTHER_POOL, "authenticated"), NOW);

        assertThat(decision.effect()).isEqualTo(DecisionEffect.IMPLICIT_DENY);
    }

    @Test
    void webIdentityWhenGuestIdentityThenImplicitDeny() {
        Decision decision =
                TRUST.assumeRoleWithWebIdentity(
                        ROLE, COGNITO_AUTHENTICATED, cognito(POOL, "unauthenticated"), NOW);

        assertThat(decision.allowed()).isFalse();
    }

    @Test
    void webIdentityWhenTokenHasNoAmrThenImplicitDeny() {
        Decision decision =
                TRUST.assumeRoleWithWebIdentity(ROLE, COGNITO_AUTHENTICATED, cognito(POOL), NOW);

        assertThat(decision.allowed()).as("ForAnyValue over a missing key is false").isFalse();
    }

    @Test
    void webIdentityWhenTokenFromAnotherProviderThenImplicitDeny() {
        WebIdentity google =
                new WebIdentity(
                        "accounts.google.com",
                        POOL,
                        "1234567890",
                        List.of("authenticated"),
                        Map.of());

        assertThat(
                        TRUST.assumeRoleWithWebIdentity(ROLE, COGNITO_AUTHENTICATED, google, NOW)
                                .allowed())
                .isFalse();
    }

    @Test
    void webIdentityWhenGuestRoleTrustsUnauthenticatedThenGuestAllowedAndUserRefused() {
        PolicyDocument guestRole =
                trust(
                        """
                        {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                         "Action": "sts:AssumeRoleWithWebIdentity",
                         "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": ["%s", "%s"]},
                                       "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "unauthenticated"}}}
                        """
                                .formatted(OTHER_POOL, POOL));

        assertThat(
                        TRUST.assumeRoleWithWebIdentity(
                                        ROLE, guestRole, cognito(POOL, "unauthenticated"), NOW)
                                .allowed())
                .isTrue();
        assertThat(
                        TRUST.assumeRoleWithWebIdentity(
                                        ROLE, guestRole, cognito(POOL, "authenticated"), NOW)
                                .allowed())
                .isFalse();
    }

    @Test
    void webIdentityWhenTrustNamesAProviderInAmrThenOnlyThatProviderSignsIn() {
        PolicyDocument facebookOnly =
                trust(
                        """
                        {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                         "Action": "sts:AssumeRoleWithWebIdentity",
                         "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "%s"},
                                       "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "graph.facebook.com"}}}
                        """
                                .formatted(POOL));

        WebIdentity facebook =
                cognito(POOL, "authenticated", "graph.facebook.com", "graph.facebook.com:123");
        WebIdentity userPool = cognito(POOL, "authenticated", USER_POOL_PROVIDER);

        assertThat(TRUST.assumeRoleWithWebIdentity(ROLE, facebookOnly, facebook, NOW).allowed())
                .isTrue();
        assertThat(TRUST.assumeRoleWithWebIdentity(ROLE, facebookOnly, userPool, NOW).allowed())
                .isFalse();
    }

    @Test
    void webIdentityWhenTrustPinsTheSubjectThenOnlyThatIdentity() {
        PolicyDocument pinned =
                trust(
                        """
                        {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                         "Action": "sts:AssumeRoleWithWebIdentity",
                         "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "%s",
                                                        "cognito-identity.amazonaws.com:sub": "%s"}}}
                        """
                                .formatted(POOL, IDENTITY));

        WebIdentity someoneElse =
                new WebIdentity(
                        WebIdentity.COGNITO_PROVIDER,
                        POOL,
                        "us-east-1:other",
                        List.of("authenticated"),
                        Map.of());

        assertThat(
                        TRUST.assumeRoleWithWebIdentity(
                                        ROLE, pinned, cognito(POOL, "authenticated"), NOW)
                                .allowed())
                .isTrue();
        assertThat(TRUST.assumeRoleWithWebIdentity(ROLE, pinned, someoneElse, NOW).allowed())
                .isFalse();
    }

    @Test
    void webIdentityWhenDenyStatementMatchesThenExplicitDenyOverridesTrust() {
        PolicyDocument withDeny =
                trust(
                        """
                        {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                         "Action": "sts:AssumeRoleWithWebIdentity",
                         "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "%s"}}},
                        {"Sid": "NotAfterCutoff", "Effect": "Deny", "Principal": "*",
                         "Action": "sts:AssumeRoleWithWebIdentity",
                         "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2024-01-01T00:00:00Z"}}}
                        """
                                .formatted(POOL));

        Decision decision =
                TRUST.assumeRoleWithWebIdentity(
                        ROLE, withDeny, cognito(POOL, "authenticated"), NOW);

        assertThat(decision.effect()).isEqualTo(DecisionEffect.EXPLICIT_DENY);
        assertThat(decision.matchedStatements())
                .extracting(MatchedStatement::sid)
                .containsExactly("NotAfterCutoff");
    }

    @Test
    void webIdentityWhenSessionTagsPassedThenTagSessionMustAlsoBeTrusted() {
        WebIdentity tagged =
                new WebIdentity(
                        WebIdentity.COGNITO_PROVIDER,
                        POOL,
                        IDENTITY,
                        List.of("authenticated"),
                        Map.of("department", "eng"));
        PolicyDocument withTagSession =
                trust(
                        """
                        {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"},
                         "Action": ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"],
                         "Condition": {"StringEquals": {"cognito-identity.amazonaws.com:aud": "%s"},
                                       "StringLike": {"aws:RequestTag/department": "*"}}}
                        """
                                .formatted(POOL));

        assertThat(
                        TRUST.assumeRoleWithWebIdentity(ROLE, COGNITO_AUTHENTICATED, tagged, NOW)
                                .allowed())
                .as("trust lacks sts:TagSession")
                .isFalse();
        assertThat(TRUST.assumeRoleWithWebIdentity(ROLE, withTagSession, tagged, NOW).allowed())
                .isTrue();
    }

    @Test
    void assumeRoleWhenTrustNamesTheAccountRootThenPrincipalsOfThatAccountAllowed() {
        PolicyDocument account =
                trust(
                        "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::000000000000:root\"}, \"Action\": \"sts:AssumeRole\"}");

        assertThat(assumeRole(account, "arn:aws:iam::000000000000:root").allowed()).isTrue();
        assertThat(assumeRole(account, "arn:aws:sts::000000000000:assumed-role/Other/s1").allowed())
                .isTrue();
        assertThat(assumeRole(account, "arn:aws:iam::111111111111:root").allowed()).isFalse();
    }

    @Test
    void assumeRoleWhenTrustNamesAnAccountIdThenSameAsItsRoot() {
        PolicyDocument account =
                trust(
                        "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"000000000000\"]}, \"Action\": \"sts:AssumeRole\"}");

        assertThat(assumeRole(account, "arn:aws:iam::000000000000:root").allowed()).isTrue();
        assertThat(assumeRole(account, "arn:aws:iam::111111111111:root").allowed()).isFalse();
    }

    @Test
    void assumeRoleWhenTrustNamesARoleThenOnlySessionsOfThatRole() {
        PolicyDocument role =
                trust(
                        "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::000000000000:role/ops/Deployer\"}, \"Action\": \"sts:AssumeRole\"}");

        assertThat(
                        assumeRole(role, "arn:aws:sts::000000000000:assumed-role/Deployer/ci-42")
                                .allowed())
                .isTrue();
        assertThat(assumeRole(role, "arn:aws:iam::000000000000:role/ops/Deployer").allowed())
                .isTrue();
        assertThat(
                        assumeRole(role, "arn:aws:sts::000000000000:assumed-role/Deployer2/ci")
                                .allowed())
                .isFalse();
        assertThat(assumeRole(role, "arn:aws:sts::111111111111:assumed-role/Deployer/ci").allowed())
                .isFalse();
        assertThat(assumeRole(role, "arn:aws:iam::000000000000:root").allowed()).isFalse();
    }

    @Test
    void assumeRoleWhenTrustIsEveryoneThenAnyCaller() {
        PolicyDocument anyone =
                trust("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:*\"}");
        PolicyDocument anyAws =
                trust(
                        "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": \"sts:*\"}");

        assertThat(assumeRole(anyone, "arn:aws:iam::111111111111:root").allowed()).isTrue();
        assertThat(assumeRole(anyAws, "arn:aws:iam::111111111111:root").allowed()).isTrue();
        assertThat(
                        TRUST.assumeRoleWithWebIdentity(
                                        ROLE, anyone, cognito(POOL, "authenticated"), NOW)
                                .allowed())
                .isTrue();
        assertThat(
                        TRUST.assumeRoleWithWebIdentity(
                                        ROLE, anyAws, cognito(POOL, "authenticated"), NOW)
                                .allowed())
                .as("{\"AWS\": \"*\"} names AWS principals only")
                .isFalse();
    }

    @Test
    void assumeRoleWhenTrustIsFederatedOnlyThenAwsCallerRefused() {
        assertThat(assumeRole(COGNITO_AUTHENTICATED, "arn:aws:iam::000000000000:root").allowed())
                .isFalse();
    }

    @Test
    void assumeRoleWhenNotPrincipalExcludesCallerThenDenyAppliesToOthersOnly() {
        PolicyDocument document =
                trust(
                        """
                        {"Effect": "Allow", "Principal": {"AWS": "000000000000"}, "Action": "sts:AssumeRole"},
                        {"Sid": "OnlyRoot", "Effect": "Deny",
                         "NotPrincipal": {"AWS": "arn:aws:iam::000000000000:root"}, "Action": "sts:AssumeRole"}
                        """);

        assertThat(assumeRole(document, "arn:aws:iam::000000000000:root").allowed()).isTrue();
        assertThat(assumeRole(document, "arn:aws:sts::000000000000:assumed-role/Other/s").effect())
                .isEqualTo(DecisionEffect.EXPLICIT_DENY);
    }

    @Test
    void assumeRoleWhenConditionOnCallerContextThenContextDecides() {
        PolicyDocument fromOffice =
                trust(
                        """
                        {"Effect": "Allow", "Principal": {"AWS": "000000000000"}, "Action": "sts:AssumeRole",
                         "Condition": {"IpAddress": {"aws:SourceIp": "192.0.2.0/24"}}}
                        """);
        ConditionContext office =
                ConditionContext.builder().put("aws:SourceIp", "192.0.2.10").build();
        ConditionContext home =
                ConditionContext.builder().put("aws:SourceIp", "198.51.100.1").build();

        assertThat(
                        TRUST.assumeRole(
                                        ROLE,
                                        fromOffice,
                                        "arn:aws:iam::000000000000:root",
                                        office,
                                        NOW)
                                .allowed())
                .isTrue();
        assertThat(
                        TRUST.assumeRole(
                                        ROLE,
                                        fromOffice,
                                        "arn:aws:iam::000000000000:root",
                                        home,
                                        NOW)
                                .allowed())
                .isFalse();
    }

    @Test
    void assumeRoleWhenServicePrincipalThenMatchedExactly() {
        PolicyDocument lambda =
                trust(
                        "{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}");
        PolicyEvaluator evaluator = new PolicyEvaluator();

        Decision asLambda =
                evaluator.evaluate(
                        new NamedPolicy("trust", lambda),
                        new AccessRequest(
                                "sts:AssumeRole",
                                ROLE,
                                CallerPrincipal.service("lambda.amazonaws.com"),
                                ConditionContext.empty()));
        Decision asEc2 =
                evaluator.evaluate(
                        new NamedPolicy("trust", lambda),
                        new AccessRequest(
                                "sts:AssumeRole",
                                ROLE,
                                CallerPrincipal.service("ec2.amazonaws.com"),
                                ConditionContext.empty()));

        assertThat(asLambda.allowed()).isTrue();
        assertThat(asEc2.allowed()).isFalse();
    }

    private static Decision assumeRole(PolicyDocument trust, String callerArn) {
        return TRUST.assumeRole(ROLE, trust, callerArn, ConditionContext.empty(), NOW);
    }

    private static WebIdentity cognito(String pool, String... amr) {
        return new WebIdentity(
                WebIdentity.COGNITO_PROVIDER, pool, IDENTITY, List.of(amr), Map.of());
    }

    private static PolicyDocument trust(String statements) {
        return PolicyDocument.parseTrustPolicy(
                "{\"Version\": \"2012-10-17\", \"Statement\": [" + statements + "]}");
    }
}
