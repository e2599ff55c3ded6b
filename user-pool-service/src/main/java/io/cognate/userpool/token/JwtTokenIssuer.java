package io.cognate.userpool.token;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.events.userpool.SignInEvent;
import io.cognate.contracts.events.userpool.TokensRefreshed;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.membership.MembershipStore;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.token.refresh.Redemption;
import io.cognate.userpool.token.refresh.RefreshRedeemer;
import io.cognate.userpool.token.refresh.RefreshTokens;
import io.cognate.userpool.token.refresh.TokenFamilyEntity;
import io.cognate.userpool.token.refresh.TokenHolder;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@link TokenIssuer}: Cognito-exact RS256 ID and access tokens and opaque refresh tokens. A
 * sign-in issues in the caller's Hibernate transaction (the refresh-token family and token rows,
 * the outbox event); a refresh runs on plain SQL of its own.
 */
@ApplicationScoped
public class JwtTokenIssuer implements TokenIssuer {

    private final TokenMinter minter;
    private final RefreshTokens refreshTokens;
    private final MembershipStore membership;
    private final Outbox outbox;
    private final Clock clock;
    private final DeviceBinding deviceBinding;
    private final RefreshRedeemer redeemer;
    private final Pool pg;

    JwtTokenIssuer(
            TokenMinter minter,
            RefreshTokens refreshTokens,
            RefreshRedeemer redeemer,
            MembershipStore membership,
            Outbox outbox,
            Clock clock,
            DeviceBinding deviceBinding,
            Pool pg) {
        this.minter = minter;
        this.refreshTokens = refreshTokens;
        this.redeemer = redeemer;
        this.pg = pg;
        this.membership = membership;
        this.outbox = outbox;
        this.clock = clock;
        this.deviceBinding = deviceBinding;
    }

    @Override
    public Uni<AuthenticationResultType> signIn(SignInGrant grant, RequestContext context) {
        Instant now = clock.instant();
        UserAccountEntity user = grant.user();
        AppClient client = grant.client();
        return membership
                .groupsOf(user.userPoolId, user.sub)
                .chain(
                        groups ->
                                refreshTokens
                                        .startFamily(
                                                client,
                                                user,
                                                grant.authTime(),
                                                grant.deviceKey(),
                                                now)
                                        .chain(
                                                family ->
                                                        firstTokens(
                                                                client,
                                                                TokenSubject.of(user, groups),
                                                                family,
                                                                now,
                                                                grant.triggerSource() == null
                                                                        ? PreTokenGeneration
                                                                                .AUTHENTICATION
                                                                        : grant.triggerSource())));
    }

    private Uni<AuthenticationResultType> firstTokens(
            AppClient client,
            TokenSubject subject,
            TokenFamilyEntity family,
            Instant now,
            String triggerSource) {
        return refreshTokens
                .issue(family, client, now)
                .chain(
                        refreshToken ->
                                mint(client, subject, family, now, refreshToken, triggerSource));
    }

    @Override
    public Uni<AuthenticationResultType> refresh(
            AppClient client,
            String refreshToken,
            String deviceKey,
            Consumer<String> secretHashCheck,
            RequestContext context) {
        return refresh(client, refreshToken, false, deviceKey, secretHashCheck, context);
    }

    /**
     * As {@link #refresh(AppClient, String, String, Consumer, RequestContext)}; with {@code rotate}
     * (the client's RefreshTokenRotation, GetTokensFromRefreshToken) the answer carries a new
     * refresh token that replaces the presented one. Plain SQL, without a Hibernate session: a
     * refresh without rotation changes nothing but appends its event, so it needs no transaction.
     */
    public Uni<AuthenticationResultType> refresh(
            AppClient client,
            String refreshToken,
            boolean rotate,
            String deviceKey,
            Consumer<String> secretHashCheck,
            RequestContext context) {
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
                                mint(
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

    private Uni<AuthenticationResultType> mint(
            AppClient client,
            TokenSubject subject,
            TokenFamilyEntity family,
            Instant now,
            String refreshToken,
            String triggerSource) {
        TokenSession session =
                new TokenSession(client, family.authTime, family.originJti, family.deviceKey);
        return minter.mint(subject, session, now, triggerSource)
                .map(minted -> minted.result(client, refreshToken));
    }
}
