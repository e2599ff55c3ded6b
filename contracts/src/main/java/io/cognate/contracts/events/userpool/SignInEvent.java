package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.DomainEvent;

/**
 * What happens to a user's sessions: sign-ins, refreshes, sign-outs and revocations. A topic of its
 * own because it is far busier than directory changes; keyed by the user's {@code sub} (the
 * attempted username when no user matched) so one user's events stay ordered.
 */
public sealed interface SignInEvent extends DomainEvent
        permits SignInSucceeded, SignInFailed, TokensRefreshed, SignedOut, TokenRevoked {

    String TOPIC = "cognate.userpool.signin.v1";

    /** The pool the user belongs to (the tenant key). */
    String userPoolId();

    /** The user's sub, null only for a failed sign-in that matched no user. */
    String sub();

    @Override
    default String topic() {
        return TOPIC;
    }
}
