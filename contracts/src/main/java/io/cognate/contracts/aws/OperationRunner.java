package io.cognate.contracts.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cognate.contracts.aws.error.RequestEntityTooLargeException;
import io.cognate.contracts.aws.error.SerializationException;
import io.cognate.contracts.json.AwsJson;
import io.cognate.contracts.model.ModelValidator;
import io.cognate.contracts.model.OperationModel;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The steps every AWS protocol shares once it knows which operation a request names: SigV4 for
 * signed operations, validation against the official model, deserialization into the operation's
 * request record, execution. The protocol dispatchers only parse their wire format and render
 * replies.
 */
public final class OperationRunner {

    /** Cognito's and STS's largest requests stay far below this; bigger ones are refused early. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    private final ServiceModel model;
    private final ModelValidator validator;
    private final SigV4Verifier verifier;
    private final Map<String, AwsOperation<?, ?>> operations;
    private final Clock clock;
    private final FailureTranslator failures;
    private final Map<String, ObjectReader> readers = new ConcurrentHashMap<>();

    /**
     * @param verifier may be null only when no operation is signed (tests)
     * @throws IllegalStateException for two implementations of one operation, an operation the
     *     model does not have, or a signed operation without a verifier
     */
    public OperationRunner(
            ServiceModel model,
            SigV4Verifier verifier,
            Collection<? extends AwsOperation<?, ?>> operations,
            Clock clock) {
        this(model, verifier, operations, clock, FailureTranslator.NONE);
    }

    /** As above, with the service's translation of its infrastructure failures. */
    public OperationRunner(
            ServiceModel model,
            SigV4Verifier verifier,
            Collection<? extends AwsOperation<?, ?>> operations,
            Clock clock,
            FailureTranslator failures) {
        this.failures = failures;
        this.model = model;
        this.validator = new ModelValidator(model);
        this.verifier = verifier;
        this.clock = clock;
        this.operations = index(model, operations, verifier);
    }

    /**
     * Runs {@code dispatch} with a fresh request id and turns every failure, thrown or emitted,
     * into the protocol's error reply.
     */
    public static Uni<AwsHttpResponse> guarded(
            Function<String, Uni<AwsHttpResponse>> dispatch,
            BiFunction<Throwable, String, AwsHttpResponse> errorReply) {
        String requestId = UUID.randomUUID().toString();
        try {
            return dispatch.apply(requestId)
                    .onFailure()
                    .recoverWithItem(failure -> errorReply.apply(failure, requestId));
        } catch (RuntimeException failure) {
            return Uni.createFrom().item(errorReply.apply(failure, requestId));
        }
    }

    public static void requireBodyWithinLimit(AwsHttpRequest request) {
        if (request.body().length > MAX_BODY_BYTES) {
            throw new RequestEntityTooLargeException(
                    "Request body exceeds " + MAX_BODY_BYTES + " bytes.");
        }
    }

    public ServiceModel model() {
        return model;
    }

    /** Names of the implemented operations, for start-up logging. */
    public Set<String> operationNames() {
        return operations.keySet();
    }

    public Optional<AwsOperation<?, ?>> implementation(String operation) {
        return Optional.ofNullable(operations.get(operation));
    }

    /** Verifies SigV4 when the model says the operation is signed; empty for public ones. */
    public Optional<Caller> authenticate(OperationModel operation, AwsHttpRequest request) {
        return operation.signed()
                ? Optional.of(verifier.verify(request, model.endpointPrefix()))
                : Optional.empty();
    }

    /**
     * Verifies SigV4 when the model says the operation is signed, and for keys the verifier
     * delegates (broker-issued temporary keys) whether their principal may perform the operation on
     * the resource the input names; empty for public operations. Failures are emitted.
     *
     * @param input the parsed body, read only when the verifier delegates; validated here first so
     *     that the resource it names is well formed
     */
    public Uni<Optional<Caller>> authorize(
            OperationModel operation, AwsHttpRequest request, Supplier<JsonNode> input) {
        if (!operation.signed()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return verifier.authorize(
                        request,
                        model.endpointPrefix(),
                        operation.name(),
                        () -> {
                            JsonNode parsed = input.get();
                            validator.validate(operation, parsed);
                            return parsed;
                        })
                .map(Optional::of);
    }

    /** Validates the input against the model, deserializes it and runs the operation. */
    public <I, O> Uni<O> execute(
            AwsOperation<I, O> implementation,
            OperationModel operation,
            JsonNode input,
            Optional<Caller> caller,
            AwsHttpRequest request,
            String requestId) {
        validator.validate(operation, input);
        I typed;
        try {
            typed = reader(operation.name(), implementation).readValue(input);
        } catch (IOException | IllegalArgumentException e) {
            throw new SerializationException("The request does not match the operation's input.");
        }
        RequestContext context =
                new RequestContext(
                        requestId, operation.name(), caller, request.sourceIp(), clock.instant());
        return implementation.execute(typed, context).onFailure().transform(failures::translate);
    }

    /**
     * The operation's request reader, resolved once: no deserializer lookup per request, and no
     * call through the operation's CDI client proxy to ask its request type.
     */
    private ObjectReader reader(String name, AwsOperation<?, ?> implementation) {
        ObjectReader reader = readers.get(name);
        return reader != null
                ? reader
                : readers.computeIfAbsent(
                        name, n -> AwsJson.mapper().readerFor(implementation.requestType()));
    }

    private static Map<String, AwsOperation<?, ?>> index(
            ServiceModel model,
            Collection<? extends AwsOperation<?, ?>> operations,
            SigV4Verifier verifier) {
        Map<String, AwsOperation<?, ?>> byName = new HashMap<>();
        for (AwsOperation<?, ?> operation : operations) {
            String name = operation.operationName();
            OperationModel modeled =
                    model.operation(name)
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    name + " is not an operation of the model"));
            if (modeled.signed() && verifier == null) {
                throw new IllegalStateException(name + " is signed but no SigV4Verifier was given");
            }
            if (byName.putIfAbsent(name, operation) != null) {
                throw new IllegalStateException("Two implementations of " + name);
            }
        }
        return Map.copyOf(byName);
    }
}
