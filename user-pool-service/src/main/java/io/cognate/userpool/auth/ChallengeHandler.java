package io.cognate.userpool.auth;

import io.smallrye.mutiny.Uni;

/** Answers one {@code ChallengeName}, inside the engine's transaction. */
interface ChallengeHandler {

    String challengeName();

    Uni<Attempt> respond(ChallengeAnswer answer);
}
