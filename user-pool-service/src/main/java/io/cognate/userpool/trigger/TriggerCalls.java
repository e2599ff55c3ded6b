package io.cognate.userpool.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * One invocation: the event JSON Lambda would get, the checks before any byte leaves (Lambda ARN,
 * allow-list, signing key), the signed POST, and the answer read as Cognito reads a function's.
 */
@ApplicationScoped
class TriggerCalls {

    private static final Logger LOG = Logger.getLogger(TriggerCalls.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What Cognito sends when the event comes from an admin call without an app client. */
    static final String NO_CLIENT = "CLIENT_ID_NOT_APPLICABLE";

    /** What Cognito sends when it does not know the caller's SDK. */
    static final String UNKNOWN_SDK = "aws-sdk-unknown-unknown";

    private final WebhookClient client;
    private final Optional<WebhookSignatures> signatures;
    private final String region;

    TriggerCalls(WebhookClient client, CognateConfig config) {
        this.client = client;
        this.signatures = config.triggers().signingKey().map(WebhookSignatures::new);
        this.region = config.region();
    }

    Uni<ObjectNode> call(TriggerTarget target, TriggerEvent event) {
        Trigger trigger = target.trigger();
        if (!target.webhook()) {
            // Cognate invokes no Lambda: Cognito's answer when it may not invoke the function.
            return Uni.createFrom()
                    .failure(LambdaErrors.invocationFailed(trigger, "AccessDeniedException"));
        }
        URI url = parse(target.location());
        if (url == null || !client.policy().allowsUrl(url)) {
            LOG.warnf(
                    "%s of pool %s: the webhook URL is not in cognate.triggers.allowed-urls",
                    trigger, event.userPoolId());
            return Uni.createFrom()
                    .failure(LambdaErrors.invocationFailed(trigger, "AccessDeniedException"));
        }
        if (signatures.isEmpty()) {
            LOG.warnf(
                    "%s of pool %s: no cognate.triggers.signing-key, webhooks are not called",
                    trigger, event.userPoolId());
            return Uni.createFrom()
                    .failure(LambdaErrors.invocationFailed(trigger, "AccessDeniedException"));
        }
        byte[] body = body(target, event);
        List<String[]> headers =
                List.of(
                        new String[] {"User-Agent", "Cognate-Triggers/1"},
                        new String[] {"X-Cognate-Trigger", trigger.name()},
                        new String[] {"X-Cognate-User-Pool-Id", event.userPoolId()},
                        new String[] {
                            WebhookSignatures.HEADER,
                            signatures.get().header(event.userPoolId(), client.epochSeconds(), body)
                        });
        return client.post(url, body, headers)
                .map(reply -> TriggerReplies.response(trigger, reply))
                .onFailure(e -> !(e instanceof io.cognate.contracts.aws.error.AwsServiceException))
                .transform(e -> failure(trigger, event, url, e));
    }

    /** The event exactly as a Lambda receives it, members in Cognito's order. */
    byte[] body(TriggerTarget target, TriggerEvent event) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", target.version());
        root.put("triggerSource", event.triggerSource());
        root.put("region", region);
        root.put("userPoolId", event.userPoolId());
        root.put("userName", event.userName());
        ObjectNode caller = root.putObject("callerContext");
        caller.put("awsSdkVersion", UNKNOWN_SDK);
        caller.put("clientId", event.clientId() == null ? NO_CLIENT : event.clientId());
        root.set("request", event.request());
        root.set("response", event.response());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    private static Throwable failure(Trigger trigger, TriggerEvent event, URI url, Throwable e) {
        if (e instanceof WebhookClient.WebhookTooLarge) {
            return LambdaErrors.unrecognizable();
        }
        if (e instanceof WebhookClient.WebhookRefused) {
            LOG.warnf("%s of pool %s: %s", trigger, event.userPoolId(), e.getMessage());
            return LambdaErrors.invocationFailed(trigger, "AccessDeniedException");
        }
        LOG.warnf(
                "%s of pool %s: webhook on %s not answered (%s)",
                trigger, event.userPoolId(), url.getHost(), e.getMessage());
        return LambdaErrors.invocationFailed(
                trigger, "Socket timeout while invoking Lambda function");
    }

    private static URI parse(String location) {
        try {
            return new URI(location);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static JsonNode readTree(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
