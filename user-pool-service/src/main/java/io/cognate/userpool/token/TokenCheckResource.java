package io.cognate.userpool.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * {@code POST /internal/token-check} with {@code {"idToken": "…"}}: identity-pool-service asks
 * whether a user-pool ID token still stands before it honours a provider's {@code
 * ServerSideTokenCheck}. Answers {@code {"active": true}} or {@code {"active": false, "reason":
 * "…"}} (see {@link IdTokenCheck}); 400 for a body that is not such a request, never a 500 for bad
 * input. Cluster-internal: the gateway refuses {@code /internal}. The token is never logged.
 */
@ApplicationScoped
public class TokenCheckResource {

    static final String PATH = "/internal/token-check";
    private static final Logger LOG = Logger.getLogger(TokenCheckResource.class);
    private static final long BODY_LIMIT = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdTokenCheck check;

    TokenCheckResource(IdTokenCheck check) {
        this.check = check;
    }

    void mount(@Observes Router router) {
        router.route(PATH)
                .method(HttpMethod.POST)
                .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
                .handler(this::check)
                .failureHandler(this::failed);
    }

    private void check(RoutingContext ctx) {
        String idToken;
        try {
            Buffer body = ctx.body().buffer();
            JsonNode request = JSON.readTree(body == null ? "" : body.toString());
            JsonNode token = request == null ? null : request.get("idToken");
            if (token == null || !token.isTextual() || token.asText().isEmpty()) {
                reply(ctx, 400, error("ValidationException", "idToken must be a string."));
                return;
            }
            idToken = token.asText();
        } catch (JsonProcessingException e) {
            reply(ctx, 400, error("SerializationException", "The body is not valid JSON."));
            return;
        }
        check.refusal(idToken)
                .subscribe()
                .with(
                        refusal -> {
                            ObjectNode answer = JSON.createObjectNode();
                            answer.put("active", refusal.isEmpty());
                            refusal.ifPresent(reason -> answer.put("reason", reason));
                            reply(ctx, 200, answer);
                        },
                        failure -> {
                            LOG.error("Cannot check an ID token", failure);
                            reply(ctx, 503, error("InternalFailure", "The check is unavailable."));
                        });
    }

    private void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            reply(ctx, 413, error("RequestEntityTooLargeException", "The body is too large."));
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            reply(ctx, ctx.statusCode(), error("ValidationException", "The request was refused."));
        } else {
            ctx.next();
        }
    }

    private static ObjectNode error(String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("__type", code);
        body.put("message", message);
        return body;
    }

    private static void reply(RoutingContext ctx, int status, ObjectNode body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(body.toString());
    }
}
