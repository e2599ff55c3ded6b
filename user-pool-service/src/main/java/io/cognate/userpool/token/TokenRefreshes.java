package io.cognate.userpool.token;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.events.userpool.SignInEvent;
import io.cognate.contracts.events.userpool.TokensRefreshed;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.token.refresh.Redemption;
import io.cognate.userpool.token.refresh.RefreshRedeemer;
import io.cognate.userpool.token.refresh.RefreshTokens;
import io.cognate.userpool.token.refresh.TokenFamilyEntity;
import io.cognate.userpool.token.refresh.TokenHolder;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The refreshes of {@link JwtTokenIssuer}: the refresh token redeemed (and replaced when rotated),
 * bound to its device, new ID and access tokens minted, TokensRefreshed appended.
 */
@ApplicationScoped
class TokenRefreshes {

    private final TokenMinter minter;
    private final RefreshRedeemer redeemer;
    private final DeviceBinding deviceBinding;
    private final Outbox outbox;
    private final Clock clock;
    private final Pool pg;

    TokenRefreshes(
            TokenMinter minter,
            RefreshRedeemer redeemer,
            DeviceBinding deviceBinding,
            Outbox outbox,
            Clock clock,
            Pool pg) {
        this.minter = minter;
        this.redeemer = redeemer;
        this.deviceBinding = deviceBinding;
        this.outbox = outbox;
        this.clock = clock;
        this.pg = pg;
    }

    /**
     * Plain SQL, without a Hibernate session: a refresh without rotation changes nothing but
     * appends its event, so it needs no transaction; with {@code rotate} the replacement is written
     * in one.
     */
    Uni<AuthenticationResultType> refresh(
            AppClient client,
            String refreshToken,
            boolean rotate,
            String deviceKey,
            Consumer<String> secretHashCheck) {
        Instant now = clock.instant();
        Function<SqlClient, Uni<AuthenticationResultType>> work =
                sql ->
                        redeemer.redeem(sql, client, refreshToken, rotate, now)
                                .call(
                                        redemption ->
                                                deviceBinding.require(
                                                        redemption.family(), deviceKey))
                                .chain(
                                        redemption ->
                                                refreshFor(
                                                        sql,
                                                        client,
                                                        redemption,
                                                        secretHashCheck,
                                                        now));
        return rotate ? pg.withTransaction(work::apply) : work.apply(pg);
    }

    private Uni<AuthenticationResultType> refreshFor(
            SqlClient sql,
            AppClient client,
            Redemption redemption,
            Consumer<String> secretHashCheck,
            Instant now) {
        TokenHolder user = redemption.holder();
        if (user == null) {
            throw new NotAuthorizedException(RefreshTokens.INVALID);
        }
        if (!user.enabled()) {
            throw new NotAuthorizedException("User is disabled.");
        }
        secretHashCheck.accept(user.username());
        TokenFamilyEntity family = redemption.family();
        Uni<String> replacement =
                redemption.issueReplacement()
                        ? redeemer.replace(sql, family, client, now)
                        : Uni.createFrom().nullItem();
        TokenSubject subject = TokenSubject.of(family.userPoolId, family.sub, user);
        return replacement
                .chain(
                        next ->
                                minter.mint(
                                        client,
                                        subject,
                                        family,
                                        now,
                                        next,
                                        PreTokenGeneration.REFRESH_TOKENS))
                .call(
                        () ->
                                outbox.append(
                                        sql,
                                        new TokensRefreshed(
                                                outbox.metadata(SignInEvent.TOPIC, now),
                                                family.userPoolId,
                                                family.sub.toString(),
                                                user.username(),
                                                client.clientId(),
                                                family.originJti.toString(),
                                                redemption.issueReplacement())));
    }
}
