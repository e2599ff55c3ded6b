package io.cognate.broker.credentials;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SealedSession} as the JSON that {@link SessionTokens} seals, with Jackson's
 * streaming generator: the bean serialiser (reflection over three records, once per minted
 * credential) was 7 % of the broker's samples on the credentials path. The output is what {@code
 * TemporaryCredentials}' mapper writes and reads: record components in declaration order, nulls
 * left out, instants as epoch milliseconds; {@code SessionPayloadsTest} holds the two to each
 * other. Tokens are still read with the mapper.
 */
final class SessionPayloads {

    private static final JsonFactory JSON = new JsonFactory();

    private SessionPayloads() {}

    static byte[] write(SealedSession session) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            string(json, "accessKeyId", session.accessKeyId());
            string(json, "secretAccessKey", session.secretAccessKey());
            if (session.principal() != null) {
                json.writeFieldName("principal");
                principal(json, session.principal());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void principal(JsonGenerator json, SessionPrincipal p) throws IOException {
        json.writeStartObject();
        string(json, "accountId", p.accountId());
        string(json, "roleArn", p.roleArn());
        string(json, "roleId", p.roleId());
        string(json, "roleName", p.roleName());
        string(json, "sessionName", p.sessionName());
        instant(json, "issuedAt", p.issuedAt());
        instant(json, "expiration", p.expiration());
        json.writeObjectFieldStart("sessionTags");
        for (Map.Entry<String, String> tag : p.sessionTags().entrySet()) {
            json.writeStringField(tag.getKey(), tag.getValue());
        }
        json.writeEndObject();
        strings(json, "transitiveTagKeys", p.transitiveTagKeys());
        string(json, "sourceIdentity", p.sourceIdentity());
        string(json, "sessionPolicy", p.sessionPolicy());
        WebIdentity web = p.webIdentity();
        if (web != null) {
            json.writeObjectFieldStart("webIdentity");
            string(json, "provider", web.provider());
            string(json, "subject", web.subject());
            string(json, "audience", web.audience());
            strings(json, "amr", web.amr());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void string(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static void instant(JsonGenerator json, String name, Instant value) throws IOException {
        if (value != null) {
            json.writeNumberField(name, value.toEpochMilli());
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
