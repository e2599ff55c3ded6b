package io.cognate.userpool.trigger;

/**
 * The synchronous Lambda triggers of a pool, named exactly as their {@code LambdaConfigType}
 * members: {@link #name()} is both the configuration key and the {@code <TriggerName>} of Cognito's
 * error messages.
 */
public enum Trigger {
    PreSignUp,
    CustomMessage,
    PostConfirmation,
    PreAuthentication,
    PostAuthentication,
    DefineAuthChallenge,
    CreateAuthChallenge,
    VerifyAuthChallengeResponse,
    PreTokenGeneration,
    UserMigration
}
