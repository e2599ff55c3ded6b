package io.cognate.broker.verify;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.credentials.WebIdentity;
import io.cognate.broker.platform.PerInstance;
import io.cognate.broker.policy.Decision;
import io.cognate.broker.policy.MatchedStatement;
import io.cognate.contracts.aws.Caller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The JSON answers of {@code /internal/verify}; never a secret or a session token. Written with
 * Jackson's streaming generator straight to bytes: building a tree and then a String of it showed
 * in every verify of the profile. Who signed is the same for every request of an opened session, so
 * that part is written once per signer ({@link #PRINCIPALS}); the decision is written per request.
 */
final class VerifyReply {

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * {@code "authenticated":true,"principal":{…},} per caller: the opened-session cache keeps one
     * {@link Caller} per session token (and the root keys have one), so it is found by identity;
     * the session it was written for is checked by identity too.
     */
    private static final PerInstance<Caller, Principal> PRINCIPALS = new PerInstance<>(10_000);

    /** The fields as UTF-8 once ({@link SerializedString} keeps its bytes), copied per reply. */
    private record Principal(SessionPrincipal session, SerializedString fields) {}

    private VerifyReply() {}

    static byte[] authenticated(Caller caller, SessionPrincipal session, Decision decision) {
        Principal principal =
                PRINCIPALS.of(caller, c -> new Principal(session, principalFields(c, session)));
        SerializedString fields =
                principal.session() == session
                        ? principal.fields()
                        : principalFields(caller, session);
        return write(
                json -> {
                    // The generator did not write these fields itself, so the raw text carries
                    // the comma before "decision".
                    json.writeRaw(fields);
                    json.writeObjectFieldStart("decision");
                    json.writeStringField("effect", decision.effect().name());
                    json.writeBooleanField("allowed", decision.allowed());
                    json.writeArrayFieldStart("matchedStatements");
                    for (MatchedStatement statement : decision.matchedStatements()) {
                        json.writeStartObject();
                        json.writeStringField("policyName", statement.policyName());
                        if (statement.sid() != null) {
                            json.writeStringField("sid", statement.sid());
                        }
                        json.writeNumberField("index", statement.index());
                        json.writeStringField("effect", statement.effect().wireName());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                });
    }

    /** {@code "authenticated":true,"principal":{…},}: the object's first fields, escaped. */
    private static SerializedString principalFields(Caller caller, SessionPrincipal session) {
        String object =
                new String(
                        write(
                                json -> {
                                    json.writeBooleanField("authenticated", true);
                                    json.writeObjectFieldStart("principal");
                                    json.writeStringField("arn", caller.arn());
                                    json.writeStringField("accountId", caller.accountId());
                                    json.writeStringField("accessKeyId", caller.accessKeyId());
                                    if (session != null) {
                                        session(json, session);
                                    }
                                    json.writeEndObject();
                                }),
                        StandardCharsets.UTF_8);
        return new SerializedString(object.substring(1, object.length() - 1) + ",");
    }

    static byte[] refused(String code, String message) {
        return write(
                json -> {
                    json.writeBooleanField("authenticated", false);
                    json.writeObjectFieldStart("error");
                    json.writeStringField("code", code);
                    json.writeStringField("message", message);
                    json.writeEndObject();
                });
    }

    private static void session(JsonGenerator json, SessionPrincipal session) throws IOException {
        json.writeStringField("roleArn", session.roleArn());
        json.writeStringField("roleId", session.roleId());
        json.writeStringField("sessionName", session.sessionName());
        json.writeStringField("expiration", session.expiration().toString());
        json.writeObjectFieldStart("sessionTags");
        for (Map.Entry<String, String> tag : session.sessionTags().entrySet()) {
            json.writeStringField(tag.getKey(), tag.getValue());
        }
        json.writeEndObject();
        if (session.sourceIdentity() != null) {
            json.writeStringField("sourceIdentity", session.sourceIdentity());
        }
        WebIdentity web = session.webIdentity();
        if (web != null) {
            json.writeStringField("identityId", web.subject());
            json.writeObjectFieldStart("webIdentity");
            json.writeStringField("provider", web.provider());
            json.writeStringField("subject", web.subject());
            json.writeStringField("audience", web.audience());
            json.writeArrayFieldStart("amr");
            for (String method : web.amr()) {
                json.writeString(method);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static byte[] write(Fields fields) {
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
