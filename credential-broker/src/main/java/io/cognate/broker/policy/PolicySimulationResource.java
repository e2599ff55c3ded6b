package io.cognate.broker.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.broker.policy.SimulationRequest.InvalidSimulation;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;

/**
 * {@code POST /internal/simulate}: evaluates given policies for an action, a resource and a
 * context, and answers {@code {"decision": …, "matchedStatements": […]}}. Cluster-internal (the
 * gateway refuses {@code /internal}); any bad input is a JSON 400, never a 500.
 */
@ApplicationScoped
public class PolicySimulationResource {

    static final String PATH = "/internal/simulate";

    /** Twenty policies of IAM's largest size (10,240 characters) fit with room to spare. */
    private static final long BODY_LIMIT = 256 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final PolicyEvaluator evaluator;
    private final Clock clock;

    PolicySimulationResource(PolicyEvaluator evaluator, Clock clock) {
        this.evaluator = evaluator;
        this.clock = clock;
    }

    void mount(@Observes Router router) {
        router.route(PATH)
                .method(HttpMethod.POST)
                .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
                .handler(this::simulate)
                .failureHandler(this::failed);
    }

    private void simulate(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        JsonNode tree;
        try {
            tree = JSON.readTree(body == null ? "" : body.toString());
        } catch (JsonProcessingException e) {
            error(ctx, 400, "SerializationException", "The body is not valid JSON.");
            return;
        }
        try {
            SimulationRequest simulation = SimulationRequest.from(tree, clock.instant());
            reply(
                    ctx,
                    200,
                    render(evaluator.evaluate(simulation.policies(), simulation.request())));
        } catch (MalformedPolicyDocument e) {
            error(ctx, 400, e.code(), e.getMessage());
        } catch (InvalidSimulation e) {
            error(ctx, 400, "ValidationException", e.getMessage());
        }
    }

    private void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            error(ctx, 413, "RequestEntityTooLargeException", "The body is too large.");
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            error(ctx, ctx.statusCode(), "ValidationException", "The request was refused.");
        } else {
            ctx.next();
        }
    }

    static ObjectNode render(Decision decision) {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("decision", decision.effect().name());
        DecisionJson.matchedStatements(decision, reply);
        return reply;
    }

    private static void error(RoutingContext ctx, int status, String type, String message) {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("__type", type);
        reply.put("message", message);
        reply(ctx, status, reply);
    }

    private static void reply(RoutingContext ctx, int status, ObjectNode body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.toString());
    }
}
