package io.cognate.contracts.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.AwsHttpResponse;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.InvalidAction;
import io.cognate.contracts.aws.error.MissingParameter;
import io.cognate.contracts.aws.error.RequestEntityTooLargeException;
import io.cognate.contracts.aws.error.SerializationException;
import io.cognate.contracts.json.AwsJson;
import io.cognate.contracts.model.ModelValidator;
import io.cognate.contracts.model.OperationModel;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.model.Shape;
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
 * The AWS Query protocol (STS, later IAM): the {@code Action} parameter of a form body or query
 * string picks one {@link AwsOperation}; parameters are rebuilt into the operation's JSON input and
 * checked against the official model like a JSON body; SigV4 is verified for signed operations;
 * replies and errors are the XML documents the SDKs parse. The XML namespace is derived from the
 * model ({@code https://sts.amazonaws.com/doc/2011-06-15/}).
 */
public final class AwsQueryDispatcher {

    /** STS and IAM requests are a few kilobytes; anything this big is refused early. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    private final ServiceModel model;
    private final ModelValidator validator;
    private final SigV4Verifier verifier;
    private final Map<String, AwsOperation<?, ?>> operations;
    private final Clock clock;
    private final String namespace;
    private final QueryErrors errors;
    private final ObjectMapper mapper = AwsJson.mapper();

    /**
     * @param verifier may be null only when every operation is unsigned (tests)
     * @throws IllegalStateException for two implementations of one action, an action the model does
     *     not have, or a signed action without a verifier
     */
    public AwsQueryDispatcher(
            ServiceModel model,
            SigV4Verifier verifier,
            Collection<? extends AwsOperation<?, ?>> operations,
            Clock clock) {
        this.model = model;
        this.validator = new ModelValidator(model);
        this.verifier = verifier;
        this.clock = clock;
        this.operations = index(model, operations, verifier);
        this.namespace =
                "https://"
                        + model.endpointPrefix()
                        + ".amazonaws.com/doc/"
                        + model.apiVersion()
                        + "/";
        this.errors = new QueryErrors(model, namespace);
    }

    /** Names of the operations this service implements, for start-up logging and docs. */
    public Set<String> operationNames() {
        return operations.keySet();
    }

    public String xmlNamespace() {
        return namespace;
    }

    public Uni<AwsHttpResponse> dispatch(AwsHttpRequest request) {
        String requestId = UUID.randomUUID().toString();
        try {
            return prepare(request, requestId)
                    .onFailure()
                    .recoverWithItem(failure -> errors.render(failure, requestId));
        } catch (RuntimeException failure) {
            return Uni.createFrom().item(errors.render(failure, requestId));
        }
    }

    private Uni<AwsHttpResponse> prepare(AwsHttpRequest request, String requestId) {
        if (request.body().length > MAX_BODY_BYTES) {
            throw new RequestEntityTooLargeException(
                    "Request body exceeds " + MAX_BODY_BYTES + " bytes.");
        }
        Map<String, String> params = FormParams.parse(request);
        String action = params.get("Action");
        OperationModel operationModel = resolve(action, params.get("Version"));
        Optional<Caller> caller =
                operationModel.signed()
                        ? Optional.of(verifier.verify(request, model.endpointPrefix()))
                        : Optional.empty();
        JsonNode input =
                operationModel.inputShape() == null
                        ? mapper.createObjectNode()
                        : QueryParamsReader.read(
                                Shape.of(model, operationModel.inputShape()), params);
        validator.validate(operationModel, input);
        RequestContext context =
                new RequestContext(requestId, action, caller, request.sourceIp(), clock.instant());
        return invoke(operations.get(action), input, context)
                .map(output -> success(operationModel, output, requestId));
    }

    private OperationModel resolve(String action, String version) {
        if (action == null || action.isEmpty()) {
            throw new InvalidAction("The request must contain the parameter Action.");
        }
        Optional<OperationModel> operation =
                model.operation(action).filter(op -> operations.containsKey(action));
        String requested = version == null ? model.apiVersion() : version;
        if (operation.isEmpty() || !requested.equals(model.apiVersion())) {
            throw new InvalidAction(
                    "Could not find operation " + action + " for version " + requested);
        }
        if (version == null) {
            throw new MissingParameter("The request must contain the parameter Version.");
        }
        return operation.get();
    }

    private <I, O> Uni<O> invoke(AwsOperation<I, O> operation, JsonNode input, RequestContext ctx) {
        I request;
        try {
            request = mapper.treeToValue(input, operation.requestType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SerializationException("The request does not match the operation's input.");
        }
        return operation.execute(request, ctx);
    }

    private AwsHttpResponse success(OperationModel operation, Object output, String requestId) {
        JsonNode result = output == null ? mapper.createObjectNode() : mapper.valueToTree(output);
        Shape shape =
                operation.outputShape() == null ? null : Shape.of(model, operation.outputShape());
        byte[] body =
                XmlResponseWriter.success(namespace, operation.name(), shape, result, requestId);
        return new AwsHttpResponse(
                200, Map.of("Content-Type", "text/xml", "x-amzn-RequestId", requestId), body);
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
                                                    name
                                                            + " is not an operation of the service model"));
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
