package io.cognate.broker.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.credentials.WebIdentity;
import io.cognate.broker.policy.Decision;
import io.cognate.broker.policy.DecisionJson;
import io.cognate.contracts.aws.Caller;

/** The JSON answers of {@code /internal/verify}; never a secret or a session token. */
final class VerifyReply {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private VerifyReply() {}

    static ObjectNode authenticated(Caller caller, SessionPrincipal session, Decision decision) {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("authenticated", true);
        ObjectNode principal = reply.putObject("principal");
        principal.put("arn", caller.arn());
        principal.put("accountId", caller.accountId());
        principal.put("accessKeyId", caller.accessKeyId());
        if (session != null) {
            principal.put("roleArn", session.roleArn());
            principal.put("roleId", session.roleId());
            principal.put("sessionName", session.sessionName());
            principal.put("expiration", session.expiration().toString());
            ObjectNode tags = principal.putObject("sessionTags");
            session.sessionTags().forEach(tags::put);
            if (session.sourceIdentity() != null) {
                principal.put("sourceIdentity", session.sourceIdentity());
            }
            WebIdentity web = session.webIdentity();
            if (web != null) {
                principal.put("identityId", web.subject());
                ObjectNode identity = principal.putObject("webIdentity");
                identity.put("provider", web.provider());
                identity.put("subject", web.subject());
                identity.put("audience", web.audience());
                web.amr().forEach(identity.putArray("amr")::add);
            }
        }
        ObjectNode verdict = reply.putObject("decision");
        verdict.put("effect", decision.effect().name());
        verdict.put("allowed", decision.allowed());
        DecisionJson.matchedStatements(decision, verdict);
        return reply;
    }

    static ObjectNode refused(String code, String message) {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("authenticated", false);
        ObjectNode error = reply.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return reply;
    }
}
