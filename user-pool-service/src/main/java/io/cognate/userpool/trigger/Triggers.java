package io.cognate.userpool.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.platform.CognateConfig;
import io.cognate.userpool.userpool.UserPoolStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The one entry point for Lambda triggers. A pool's {@code LambdaConfig} value that is an {@code
 * http(s)://} URL (or a Lambda ARN mapped to one in {@code cognate.triggers.functions}) is POSTed
 * the exact event a Lambda would receive, and the {@code response} object of its answer comes back.
 * Failures are Cognito's: {@code UserLambdaValidationException} when the receiver reports an error,
 * {@code UnexpectedLambdaException} when it cannot be called (timeout, unreachable, not allowed, or
 * a Lambda ARN Cognate cannot invoke), {@code InvalidLambdaResponseException} when the answer is
 * not the event.
 *
 * <p>Call it inside the operation's session: it reads the pool through {@link UserPoolStore} and
 * resumes on the caller's Vert.x context.
 */
@ApplicationScoped
public class Triggers {

    private final UserPoolStore pools;
    private final TriggerTargets targets;
    private final TriggerCalls calls;

    Triggers(UserPoolStore pools, CognateConfig config, TriggerCalls calls) {
        this.pools = pools;
        this.targets = new TriggerTargets(config.triggers().functions());
        this.calls = calls;
    }

    /** The pool's target for the trigger; empty when the pool has none configured. */
    public Uni<Optional<TriggerTarget>> target(String userPoolId, Trigger trigger) {
        return pools.lambdaConfig(userPoolId).map(config -> targets.find(config, trigger));
    }

    /**
     * Calls the target with the event; the item is the answer's {@code response} object (empty when
     * the receiver left it out or null).
     */
    public Uni<ObjectNode> invoke(TriggerTarget target, TriggerEvent event) {
        return calls.call(target, event);
    }

    /**
     * Calls the pool's trigger when one is configured: the answer's {@code response}, or empty when
     * the pool has no such trigger (nothing is called).
     */
    public Uni<Optional<ObjectNode>> invokeIfConfigured(Trigger trigger, TriggerEvent event) {
        return target(event.userPoolId(), trigger)
                .chain(
                        target ->
                                target.isEmpty()
                                        ? Uni.createFrom().item(Optional.<ObjectNode>empty())
                                        : invoke(target.get(), event).map(Optional::of));
    }
}
