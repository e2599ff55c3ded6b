package io.cognate.broker.sts;

import io.cognate.broker.platform.CognateConfig;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.error.ValidationError;
import io.cognate.contracts.sigv4.RootCredentialsStore;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inbound side of a broker-internal call: its SigV4 signature checked against the deployment's
 * root keys only (a temporary {@code ASIA} key is {@code InvalidClientTokenId}: only a Cognate
 * service holds the root keys), then its JSON body read into a record. Signing keys are derived
 * once per day and scope by contracts' {@code SigningKeys}; the signature itself is computed and
 * compared on every call.
 */
@ApplicationScoped
class RootSignedCalls {

    private final SigV4Verifier verifier;

    RootSignedCalls(CognateConfig config, Clock clock) {
        this.verifier =
                new SigV4Verifier(
                        new RootCredentialsStore(
                                config.root().accessKeyId(),
                                config.root().secretAccessKey(),
                                config.accountId()),
                        config.region(),
                        clock);
    }

    /**
     * The body as {@code reader} reads it, once the call's signature verified.
     *
     * @throws io.cognate.contracts.aws.error.AwsServiceException for a refused signature ({@code
     *     SignatureDoesNotMatch}, {@code InvalidClientTokenId}, …) or an unreadable body ({@code
     *     ValidationError})
     */
    <T> T verifiedBody(RoutingContext ctx, String signingService, BodyReader<T> reader) {
        Buffer body = ctx.body().buffer();
        byte[] bytes = body == null ? null : body.getBytes();
        verifier.verify(signed(ctx, bytes), signingService);
        try {
            return reader.read(bytes);
        } catch (IOException | RuntimeException e) {
            throw new ValidationError("The body is not a valid request.");
        }
    }

    /** Reads a verified body; an {@link IOException} is answered as a ValidationError. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(byte[] body) throws IOException;
    }

    private static AwsHttpRequest signed(RoutingContext ctx, byte[] body) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        var request = ctx.request();
        request.headers().names().forEach(n -> headers.put(n, request.headers().getAll(n)));
        // HTTP/2 carries the signed Host as its :authority pseudo-header.
        if (!headers.containsKey("Host") && request.host() != null) {
            headers.put("Host", List.of(request.host()));
        }
        return new AwsHttpRequest(
                request.method().name(), request.path(), request.query(), headers, body, null);
    }
}
