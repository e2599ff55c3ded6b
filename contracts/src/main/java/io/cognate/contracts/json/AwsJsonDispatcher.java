package io.cognate.contracts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.AwsHttpResponse;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.OperationRunner;
import io.cognate.contracts.aws.error.SerializationException;
import io.cognate.contracts.aws.error.UnknownOperationException;
import io.cognate.contracts.model.OperationModel;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AWS JSON 1.1 protocol: {@code X-Amz-Target} picks one {@link AwsOperation}; the JSON body
 * goes through the shared {@link OperationRunner}; every failure becomes the {@code {"__type",
 * "message"}} reply the SDKs parse.
 */
public final class AwsJsonDispatcher {

    private static final Set<String> MEDIA_TYPES =
            Set.of("application/x-amz-json-1.1", "application/x-amz-json-1.0", "application/json");

    private final OperationRunner runner;
    private final ObjectMapper mapper = AwsJson.mapper();

    /**
     * One writer per response record (bounded by the operations): no serializer lookup per reply.
     */
    private final Map<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();

    public AwsJsonDispatcher(OperationRunner runner) {
        this.runner = runner;
    }

    /** Names of the operations this service implements, for start-up logging and docs. */
    public Set<String> operationNames() {
        return runner.operationNames();
    }

    public Uni<AwsHttpResponse> dispatch(AwsHttpRequest request) {
        return OperationRunner.guarded(requestId -> run(request, requestId), ErrorReplies::json);
    }

    private Uni<AwsHttpResponse> run(AwsHttpRequest request, String requestId) {
        OperationRunner.requireBodyWithinLimit(request);
        if (!MEDIA_TYPES.contains(request.mediaType())) {
            throw new SerializationException(
                    "Unsupported Content-Type '"
                            + request.mediaType()
                            + "': send application/x-amz-json-1.1.");
        }
        String name = operationName(request.header("X-Amz-Target"));
        OperationModel operation =
                runner.model().operation(name).orElseThrow(AwsJsonDispatcher::unknownOperation);
        AwsOperation<?, ?> implementation =
                runner.implementation(name)
                        .orElseThrow(
                                () ->
                                        new UnknownOperationException(
                                                "Operation "
                                                        + name
                                                        + " is not implemented by Cognate yet."));
        ParsedBody body = new ParsedBody(request.body());
        return runner.authorize(operation, request, body::get)
                .chain(
                        caller ->
                                runner.execute(
                                        implementation,
                                        operation,
                                        body.get(),
                                        caller,
                                        request,
                                        requestId))
                .map(output -> success(output, requestId));
    }

    /**
     * The body parsed at most once: a signed operation whose key is delegated reads it to authorize
     * and again to execute. Validation is idempotent on the same tree.
     */
    private final class ParsedBody {
        private final byte[] bytes;
        private volatile JsonNode parsed;

        ParsedBody(byte[] bytes) {
            this.bytes = bytes;
        }

        JsonNode get() {
            JsonNode known = parsed;
            if (known == null) {
                known = parse(bytes);
                parsed = known;
            }
            return known;
        }
    }

    private AwsHttpResponse success(Object output, String requestId) {
        try {
            byte[] body =
                    output == null
                            ? "{}".getBytes(StandardCharsets.UTF_8)
                            : writers.computeIfAbsent(output.getClass(), mapper::writerFor)
                                    .writeValueAsBytes(output);
            return new AwsHttpResponse(
                    200,
                    Map.of(
                            "Content-Type",
                            "application/x-amz-json-1.1",
                            "x-amzn-RequestId",
                            requestId),
                    body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response not serializable", e);
        }
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new SerializationException("The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new SerializationException("The request body is not valid JSON.");
        } catch (IOException e) {
            throw new SerializationException("The request body could not be read.");
        }
    }

    private String operationName(String target) {
        String prefix = runner.model().targetPrefix() + ".";
        if (target == null || !target.startsWith(prefix)) {
            throw unknownOperation();
        }
        return target.substring(prefix.length());
    }

    private static UnknownOperationException unknownOperation() {
        return new UnknownOperationException("The requested operation is not recognized.");
    }
}
