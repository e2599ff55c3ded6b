package io.cognate.userpool.auth;

import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.user.PasswordSignIns;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.UserMigrations;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * USER_PASSWORD_AUTH and ADMIN_USER_PASSWORD_AUTH (legacy ADMIN_NO_SRP_AUTH): the password itself
 * is checked against the Argon2id hash. Unknown users cost a dummy check and, when the client hides
 * user existence, get the wrong-password answer (SECURITY-CASES 13).
 */
@ApplicationScoped
class PasswordFlow implements AuthFlowHandler {

    private final Users users;
    private final AppClients clients;
    private final PasswordSignIns passwords;
    private final GuardedProof guard;
    private final SignInEvents events;
    private final SignInTriggers signInTriggers;
    private final UserMigrations migrations;
    private final PlainPasswordSignIn plain;

    PasswordFlow(
            Users users,
            AppClients clients,
            PasswordSignIns passwords,
            GuardedProof guard,
            SignInEvents events,
            SignInTriggers signInTriggers,
            UserMigrations migrations,
            PlainPasswordSignIn plain) {
        this.plain = plain;
        this.signInTriggers = signInTriggers;
        this.migrations = migrations;
        this.users = users;
        this.clients = clients;
        this.passwords = passwords;
        this.guard = guard;
        this.events = events;
    }

    @Override
    public Set<String> authFlows() {
        return Set.of("USER_PASSWORD_AUTH", "ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH");
    }

    /**
     * The common sign-in runs over plain SQL ({@link PlainPasswordSignIn}); the others in a
     * Hibernate transaction.
     */
    @Override
    public boolean ownsStorage() {
        return true;
    }

    @Override
    public Uni<Attempt> start(FlowStart start) {
        String username = start.require("USERNAME");
        String password = start.require("PASSWORD");
        clients.verifySecretHash(start.client(), username, start.optional("SECRET_HASH"));
        // A DEVICE_KEY that names no confirmed device is ignored: the sign-in announces a new one.
        // InitiateAuth's ClientMetadata reaches only PreAuthentication and UserMigration (as
        // validationData), never PostAuthentication or PreTokenGeneration: not a fact here.
        SignInFacts facts =
                new SignInFacts(
                        start.client(),
                        start.authFlow(),
                        start.context(),
                        null,
                        start.optional("DEVICE_KEY"));
        return plain.start(facts, username, password)
                .chain(
                        attempt ->
                                attempt != null
                                        ? Uni.createFrom().item(attempt)
                                        : Panache.withTransaction(
                                                () -> inFull(start, facts, username, password)));
    }

    private Uni<Attempt> inFull(
            FlowStart start, SignInFacts facts, String username, String password) {
        return users.find(start.client().userPoolId(), username)
                // An unknown name may be a user the UserMigration trigger brings over.
                .chain(
                        user ->
                                user != null
                                        ? Uni.createFrom().item(user)
                                        : migrations.authenticate(
                                                start.client(),
                                                username,
                                                password,
                                                start.clientMetadata(),
                                                facts.now()))
                .chain(
                        user ->
                                user == null
                                        ? unknown(facts, username, password)
                                        : signInTriggers
                                                .before(facts, user, start.clientMetadata())
                                                .chain(() -> known(facts, user, password)));
    }

    private Uni<Attempt> unknown(SignInFacts facts, String username, String password) {
        return guard.asIfFailed(facts, () -> passwords.check(null, password, facts.now()))
                .chain(() -> SignInRefusals.unknownUser(events, facts, username));
    }

    private Uni<Attempt> known(SignInFacts facts, UserAccountEntity user, String password) {
        return guard.run(facts, user, () -> passwords.check(user, password, facts.now()));
    }
}
