package io.cognate.contracts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.AwsHttpResponse;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.RequestEntityTooLargeException;
import io.cognate.contracts.aws.error.SerializationException;
import io.cognate.contracts.aws.error.UnknownOperationException;
import io.cognate.contracts.model.ModelValidator;
import io.cognate.contracts.model.OperationModel;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The AWS JSON 1.1 protocol: {@code X-Amz-Target} picks one {@link AwsOperation}; the body is
 * checked against the official model before the operation sees it; SigV4 is verified for signed
 * operations; every failure becomes the {@code {"__type", "message"}} reply the SDKs parse.
 */
public final class AwsJsonDispatcher {

    /** Cognito's largest request shapes stay far below this; anything bigger is refused early. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    private static final Set<String> MEDIA_TYPES =
            Set.of("application/x-amz-json-1.1", "application/x-amz-json-1.0", "application/json");

    private final ServiceModel model;
    private final ModelValidator validator;
    private final SigV4Verifier verifier;
    private final Map<String, AwsOperation<?, ?>> operations;
    private final Clock clock;
    private final ObjectMapper mapper = AwsJson.mapper();

    public AwsJsonDispatcher(
            ServiceModel model,
            SigV4Verifier verifier,
            Collection<? extends AwsOperation<?, ?>> operations,
            Clock clock) {
        this.model = model;
        this.validator = new ModelValidator(model);
        this.verifier = verifier;
        this.clock = clock;
        this.operations = index(model, operations);
    }

    /** Names of the operations this service implements, for start-up logging and docs. */
    public Set<String> operationNames() {
        return operations.keySet();
    }

    public Uni<AwsHttpResponse> dispatch(AwsHttpRequest request) {
        String requestId = UUID.randomUUID().toString();
        try {
            return prepare(request, requestId)
                    .onFailure()
                    .recoverWithItem(failure -> ErrorReplies.json(failure, requestId));
        } catch (RuntimeException failure) {
            return Uni.createFrom().item(ErrorReplies.json(failure, requestId));
        }
    }

    private Uni<AwsHttpResponse> prepare(AwsHttpRequest request, String requestId) {
        if (request.body().length > MAX_BODY_BYTES) {
            throw new RequestEntityTooLargeException(
                    "Request body exceeds " + MAX_BODY_BYTES + " bytes.");
        }
        if (!MEDIA_TYPES.contains(request.mediaType())) {
            throw new SerializationException(
                    "Unsupported Content-Type '"
                            + request.mediaType()
                            + "': send application/x-amz-json-1.1.");
        }
        String name = operationName(request.header("X-Amz-Target"));
        OperationModel operationModel =
                model.operation(name).orElseThrow(AwsJsonDispatcher::unknownOperation);
        AwsOperation<?, ?> operation = operations.get(name);
        if (operation == null) {
            throw new UnknownOperationException(
                    "Operation " + name + " is not implemented by Cognate yet.");
        }
        Optional<Caller> caller =
                operationModel.signed()
                        ? Optional.of(verifier.verify(request, model.endpointPrefix()))
                        : Optional.empty();
        JsonNode body = parse(request.body());
        validator.validate(operationModel, body);
        RequestContext context =
                new RequestContext(requestId, name, caller, request.sourceIp(), clock.instant());
        return invoke(operation, body, context).map(output -> success(output, requestId));
    }

    private <I, O> Uni<O> invoke(AwsOperation<I, O> operation, JsonNode body, RequestContext ctx) {
        I input;
        try {
            input = mapper.treeToValue(body, operation.requestType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SerializationException(
                    "The request body does not match the operation's input.");
        }
        return operation.execute(input, ctx);
    }

    private AwsHttpResponse success(Object output, String requestId) {
        try {
            byte[] body = output == null ? "{}".getBytes() : mapper.writeValueAsBytes(output);
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
        } catch (java.io.IOException e) {
            throw new SerializationException("The request body could not be read.");
        }
    }

    private String operationName(String target) {
        String prefix = model.targetPrefix() + ".";
        if (target == null || !target.startsWith(prefix)) {
            throw unknownOperation();
        }
        return target.substring(prefix.length());
    }

    private static UnknownOperationException unknownOperation() {
        return new UnknownOperationException("The requested operation is not recognized.");
    }

    private static Map<String, AwsOperation<?, ?>> index(
            ServiceModel model, Collection<? extends AwsOperation<?, ?>> operations) {
        Map<String, AwsOperation<?, ?>> byName = new HashMap<>();
        for (AwsOperation<?, ?> operation : operations) {
            String name = operation.operationName();
            if (model.operation(name).isEmpty()) {
                throw new IllegalStateException(name + " is not an operation of the service model");
            }
            if (byName.putIfAbsent(name, operation) != null) {
                throw new IllegalStateException("Two implementations of " + name);
            }
        }
        return Map.copyOf(byName);
    }
}
