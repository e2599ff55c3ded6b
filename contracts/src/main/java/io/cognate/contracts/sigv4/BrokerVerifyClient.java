package io.cognate.contracts.sigv4;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.InternalErrorException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The credential broker's {@code POST /internal/verify} as a {@link DelegatedVerifier}: it sends
 * the request's method, raw path and query, headers and body hash with the action and resource, and
 * reads the broker's verdict ({@link BrokerVerdicts}). Non-blocking; the reply arrives on the
 * caller's Vert.x context. Not retried: a verdict is cheap to ask again and the SDKs retry on 5xx.
 * An unreachable broker fails closed with {@code InternalErrorException}.
 */
public final class BrokerVerifyClient implements DelegatedVerifier {

    private static final Logger LOG = Logger.getLogger(BrokerVerifyClient.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int MAX_REPLY = 64 * 1024;

    private final HttpClient client;
    private final String verifyUrl;
    private final long timeoutMillis;
    private final String region;
    private final String accountId;

    /**
     * @param brokerUrl the broker's base URL, e.g. {@code http://127.0.0.1:8083}
     * @param region the region of this deployment (it names the resources)
     * @param accountId the account of this deployment (it names the resources)
     */
    public BrokerVerifyClient(
            Vertx vertx, String brokerUrl, Duration timeout, String region, String accountId) {
        this.verifyUrl = brokerUrl.replaceAll("/+$", "") + "/internal/verify";
        this.timeoutMillis = timeout.toMillis();
        this.region = region;
        this.accountId = accountId;
        this.client =
                vertx.createHttpClient(
                        new HttpClientOptions()
                                .setConnectTimeout((int) timeoutMillis)
                                .setMaxPoolSize(50)
                                .setKeepAlive(true));
    }

    @Override
    public Uni<Caller> verify(AwsHttpRequest request, String payloadHash, AccessRequest access) {
        String resource = access.resource(region, accountId);
        Buffer body = Buffer.buffer(question(request, payloadHash, access, resource).toString());
        RequestOptions options =
                new RequestOptions()
                        .setMethod(HttpMethod.POST)
                        .setAbsoluteURI(verifyUrl)
                        .setFollowRedirects(false)
                        .setIdleTimeout(timeoutMillis)
                        .putHeader("Content-Type", "application/json");
        return client.request(options)
                .chain(http -> http.send(body))
                .chain(
                        response ->
                                response.body().map(reply -> verdict(response.statusCode(), reply)))
                .onFailure(f -> !(f instanceof AwsServiceException))
                .transform(
                        f -> {
                            LOG.warnf(
                                    "Credential broker not reached at %s: %s",
                                    verifyUrl, f.toString());
                            return new InternalErrorException(BrokerVerdicts.UNAVAILABLE);
                        })
                .map(
                        reply ->
                                BrokerVerdicts.caller(
                                        reply.status, reply.json, access.action(), resource));
    }

    /** Stops the connection pool. */
    public void close() {
        client.closeAndForget();
    }

    private record Reply(int status, JsonNode json) {}

    private static Reply verdict(int status, Buffer body) {
        if (body.length() > MAX_REPLY) {
            return new Reply(status, null);
        }
        try {
            return new Reply(status, JSON.readTree(body.getBytes()));
        } catch (java.io.IOException e) {
            return new Reply(status, null);
        }
    }

    private static ObjectNode question(
            AwsHttpRequest request, String payloadHash, AccessRequest access, String resource) {
        ObjectNode question = JSON.createObjectNode();
        question.put("method", request.method());
        question.put("path", request.path());
        question.put("query", request.rawQuery());
        ObjectNode headers = question.putObject("headers");
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            header.getValue().forEach(headers.putArray(header.getKey())::add);
        }
        question.put("bodySha256", payloadHash);
        question.put("action", access.action());
        question.put("resource", resource);
        question.put("service", access.service());
        if (request.sourceIp() != null && !request.sourceIp().isEmpty()) {
            question.putObject("context").put("aws:SourceIp", request.sourceIp());
        }
        return question;
    }
}
