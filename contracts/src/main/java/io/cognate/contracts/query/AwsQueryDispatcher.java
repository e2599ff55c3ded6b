package io.cognate.contracts.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.AwsHttpResponse;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.OperationRunner;
import io.cognate.contracts.aws.error.InvalidAction;
import io.cognate.contracts.aws.error.MissingParameter;
import io.cognate.contracts.json.AwsJson;
import io.cognate.contracts.model.OperationModel;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.model.Shape;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The AWS Query protocol (STS, later IAM): the {@code Action} parameter of a form body or query
 * string picks one {@link io.cognate.contracts.aws.AwsOperation}; parameters are rebuilt into the
 * operation's JSON input and run through the shared {@link OperationRunner} like a JSON body;
 * replies and errors are the XML documents the SDKs parse. The XML namespace is derived from the
 * model ({@code https://sts.amazonaws.com/doc/2011-06-15/}).
 */
public final class AwsQueryDispatcher {

    private final OperationRunner runner;
    private final String namespace;
    private final QueryErrors errors;
    private final ObjectMapper mapper = AwsJson.mapper();

    public AwsQueryDispatcher(OperationRunner runner) {
        this.runner = runner;
        ServiceModel model = runner.model();
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
        return runner.operationNames();
    }

    public String xmlNamespace() {
        return namespace;
    }

    public Uni<AwsHttpResponse> dispatch(AwsHttpRequest request) {
        return OperationRunner.guarded(requestId -> run(request, requestId), errors::render);
    }

    private Uni<AwsHttpResponse> run(AwsHttpRequest request, String requestId) {
        OperationRunner.requireBodyWithinLimit(request);
        Map<String, String> params = FormParams.parse(request);
        String action = params.get("Action");
        OperationModel operation = resolve(action, params.get("Version"));
        Optional<Caller> caller = runner.authenticate(operation, request);
        JsonNode input =
                operation.inputShape() == null
                        ? mapper.createObjectNode()
                        : QueryParamsReader.read(
                                Shape.of(runner.model(), operation.inputShape()), params);
        return runner.execute(
                        runner.implementation(action).orElseThrow(),
                        operation,
                        input,
                        caller,
                        request,
                        requestId)
                .map(output -> success(operation, output, requestId));
    }

    private OperationModel resolve(String action, String version) {
        if (action == null || action.isEmpty()) {
            throw new InvalidAction("The request must contain the parameter Action.");
        }
        ServiceModel model = runner.model();
        Optional<OperationModel> operation =
                model.operation(action).filter(op -> runner.implementation(action).isPresent());
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

    private AwsHttpResponse success(OperationModel operation, Object output, String requestId) {
        JsonNode result = output == null ? mapper.createObjectNode() : mapper.valueToTree(output);
        Shape shape =
                operation.outputShape() == null
                        ? null
                        : Shape.of(runner.model(), operation.outputShape());
        byte[] body =
                XmlResponseWriter.success(namespace, operation.name(), shape, result, requestId);
        return new AwsHttpResponse(
                200, Map.of("Content-Type", "text/xml", "x-amzn-RequestId", requestId), body);
    }
}
