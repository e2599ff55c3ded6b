package io.cognate.broker.sts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cognate.broker.credentials.IssuedCredentials;
import io.cognate.broker.protocol.QueryApi;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.query.QueryErrorCode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The JSON replies of a broker-internal call, written with Jackson's streaming generator (no
 * records or trees on the hot path) in AWS JSON casing: credentials as STS names them, the
 * expiration in epoch seconds as contracts' {@code AwsJson} writes an {@code Instant}; refusals as
 * {@code {"__type", "message"}} with the code and status STS's Query API answers with ({@code
 * IDPRejectedClaimException} → {@code IDPRejectedClaim} 403), so identity-pool-service maps
 * refusals as it did when it called AssumeRoleWithWebIdentity. {@code Cache-Control: no-store}: a
 * reply may carry a secret.
 */
final class InternalReplies {

    private static final JsonFactory JSON = new JsonFactory();

    private static final ServiceModel STS = ServiceModel.fromClasspath(QueryApi.STS_MODEL);

    private InternalReplies() {}

    static void credentials(RoutingContext ctx, IssuedCredentials issued) {
        send(
                ctx,
                200,
                json -> {
                    json.writeStringField("AccessKeyId", issued.accessKeyId());
                    json.writeStringField("SecretAccessKey", issued.secretAccessKey());
                    json.writeStringField("SessionToken", issued.sessionToken());
                    json.writeFieldName("Expiration");
                    json.writeNumber(
                            BigDecimal.valueOf(issued.expiration().toEpochMilli())
                                    .movePointLeft(3));
                });
    }

    static void refuse(RoutingContext ctx, AwsServiceException e) {
        QueryErrorCode reply = QueryErrorCode.of(STS, e);
        error(ctx, reply.status(), reply.code(), e.getMessage());
    }

    static void error(RoutingContext ctx, int status, String code, String message) {
        send(
                ctx,
                status,
                json -> {
                    json.writeStringField("__type", code);
                    json.writeStringField("message", message);
                });
    }

    /** The route's failure handler: what Vert.x refused before the handler ran. */
    static void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            error(ctx, 413, "RequestEntityTooLargeException", "The body is too large.");
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            error(ctx, ctx.statusCode(), "ValidationError", "The request was refused.");
        } else {
            ctx.next();
        }
    }

    private interface Members {
        void write(JsonGenerator json) throws IOException;
    }

    private static void send(RoutingContext ctx, int status, Members members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            members.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(out.toByteArray()));
    }
}
