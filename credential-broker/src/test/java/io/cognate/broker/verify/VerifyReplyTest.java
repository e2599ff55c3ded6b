package io.cognate.broker.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.credentials.WebIdentity;
import io.cognate.broker.policy.Decision;
import io.cognate.broker.policy.DecisionEffect;
import io.cognate.broker.policy.Effect;
import io.cognate.broker.policy.MatchedStatement;
import io.cognate.contracts.aws.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verify answer: who signed written once per signer, the decision per request. */
class VerifyReplyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant ISSUED = Instant.parse("2026-11-26T19:00:00Z");
    private static final Decision ALLOWED =
            new Decision(
                    DecisionEffect.ALLOW,
                    List.of(new MatchedStatement("items", "Read \"quoted\"", 1, Effect.ALLOW)));
    private static final Decision DENIED = new Decision(DecisionEffect.IMPLICIT_DENY, List.of());

    @Test
    void authenticatedWhenSessionThenPrincipalAndDecisionFields() throws Exception {
        SessionPrincipal session = session("s1", "équipe");
        Caller caller = caller(session);

        JsonNode reply = JSON.readTree(VerifyReply.authenticated(caller, session, ALLOWED));

        assertThat(reply.get("authenticated").asBoolean()).isTrue();
        JsonNode principal = reply.get("principal");
        assertThat(principal.get("arn").asText()).isEqualTo(session.assumedRoleArn());
        assertThat(principal.get("accessKeyId").asText()).isEqualTo("ASIAVERIFYREPLY00001");
        assertThat(principal.get("sessionName").asText()).isEqualTo("s1");
        assertThat(principal.get("expiration").asText()).isEqualTo("2026-11-26T20:00:00Z");
        assertThat(principal.get("sessionTags").get("team").asText()).isEqualTo("équipe");
        assertThat(principal.get("identityId").asText()).isEqualTo("us-east-1:abc");
        assertThat(principal.get("webIdentity").get("amr").get(0).asText())
                .isEqualTo("authenticated");
        JsonNode decision = reply.get("decision");
        assertThat(decision.get("allowed").asBoolean()).isTrue();
        assertThat(decision.get("matchedStatements").get(0).get("sid").asText())
                .isEqualTo("Read \"quoted\"");
    }

    @Test
    void authenticatedWhenSameSignerAgainThenSamePrincipalAndThatRequestsDecision()
            throws Exception {
        SessionPrincipal session = session("s2", "blue");
        Caller caller = caller(session);

        JsonNode first = JSON.readTree(VerifyReply.authenticated(caller, session, ALLOWED));
        JsonNode second = JSON.readTree(VerifyReply.authenticated(caller, session, DENIED));

        assertThat(second.get("principal")).isEqualTo(first.get("principal"));
        assertThat(first.get("decision").get("allowed").asBoolean()).isTrue();
        assertThat(second.get("decision").get("allowed").asBoolean()).isFalse();
        assertThat(second.get("decision").get("effect").asText()).isEqualTo("IMPLICIT_DENY");
    }

    @Test
    void authenticatedWhenSameCallerWithAnotherSessionThenThatSessionsFields() throws Exception {
        SessionPrincipal blue = session("s3", "blue");
        SessionPrincipal red = session("s4", "red");
        Caller caller = caller(blue);
        VerifyReply.authenticated(caller, blue, ALLOWED);

        JsonNode reply = JSON.readTree(VerifyReply.authenticated(caller, red, ALLOWED));

        assertThat(reply.get("principal").get("sessionName").asText()).isEqualTo("s4");
        assertThat(reply.get("principal").get("sessionTags").get("team").asText()).isEqualTo("red");
    }

    @Test
    void authenticatedWhenRootThenNoSessionFields() throws Exception {
        Caller root =
                new Caller(
                        "AKIAROOT000000000001", "000000000000", "arn:aws:iam::000000000000:root");

        JsonNode reply = JSON.readTree(VerifyReply.authenticated(root, null, ALLOWED));

        assertThat(reply.get("principal").get("arn").asText())
                .isEqualTo("arn:aws:iam::000000000000:root");
        assertThat(reply.get("principal").has("roleArn")).isFalse();
        assertThat(reply.get("decision").get("effect").asText()).isEqualTo("ALLOW");
    }

    private static Caller caller(SessionPrincipal session) {
        return new Caller("ASIAVERIFYREPLY00001", session.accountId(), session.assumedRoleArn());
    }

    private static SessionPrincipal session(String name, String team) {
        return new SessionPrincipal(
                "000000000000",
                "arn:aws:iam::000000000000:role/reader",
                "AROAVERIFYREPLY000001",
                "reader",
                name,
                ISSUED,
                ISSUED.plusSeconds(3600),
                Map.of("team", team),
                List.of(),
                null,
                null,
                new WebIdentity(
                        "cognito-identity.amazonaws.com",
                        "us-east-1:abc",
                        "us-east-1:pool",
                        List.of("authenticated")));
    }
}
