package io.cognate.userpool.token;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.events.userpool.SignInEvent;
import io.cognate.contracts.events.userpool.TokensRefreshed;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.membership.MembershipStore;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.token.refresh.Redemption;
import io.cognate.userpool.token.refresh.RefreshTokens;
import io.cognate.userpool.token.refresh.TokenFamilyEntity;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.Users;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The {@link TokenIssuer}: Cognito-exact RS256 ID and access tokens and opaque refresh tokens, in
 * the caller's transaction (the refresh-token family and token rows, the outbox event).
 */
@ApplicationScoped
public class JwtTokenIssuer implements TokenIssuer {

    private final TokenMinter minter;
    private final RefreshTokens refreshTokens;
    private final MembershipStore membership;
    private final Users users;
    private final Outbox outbox;
    private final Clock clock;
    private final DeviceBinding deviceBinding;

    JwtTokenIssuer(
            TokenMinter minter,
            RefreshTokens refreshTokens,
            MembershipStore membership,
            Users users,
            Outbox outbox,
            Clock clock,
            DeviceBinding deviceBinding) {
        this.minter = minter;
        this.refreshTokens = refreshTokens;
        this.membership = membership;
        this.users = users;
        this.outbox = outbox;
        this.clock = clock;
        this.deviceBinding = deviceBinding;
    }

    @Override
    public Uni<AuthenticationResultType> signIn(SignInGrant grant, RequestContext context) {
        Instant now = clock.instant();
        UserAccountEntity user = grant.user();
        AppClient client = grant.client();
        return refreshTokens
                .startFamily(client, user, grant.authTime(), grant.deviceKey(), now)
                .chain(
                        family ->
                                refreshTokens
                                        .issue(family, client, now)
                                        .chain(
                                                refreshToken ->
                                                        mint(
                                                                client,
                                                                user,
                                                                family,
                                                                now,
                                                                refreshToken,
                                                                grant.triggerSource() == null
                                                                        ? PreTokenGeneration
                                                                                .AUTHENTICATION
                                                                        : grant.triggerSource())));
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
     * refresh token that replaces the presented one.
     */
    public Uni<AuthenticationResultType> refresh(
            AppClient client,
            String refreshToken,
            boolean rotate,
            String deviceKey,
            Consumer<String> secretHashCheck,
            RequestContext context) {
        Instant now = clock.instant();
        return refreshTokens
                .redeem(client, refreshToken, rotate, now)
                .chain(
                        redemption ->
                                users.findBySub(client.userPoolId(), redemption.family().sub)
                                        .call(
                                                user ->
                                                        deviceBinding.require(
                                                                redemption.family(), deviceKey))
                                        .chain(
                                                user ->
                                                        refreshFor(
                                                                client,
                                                                user,
                                                                redemption,
                                                                secretHashCheck,
                                                                now)));
    }

    private Uni<AuthenticationResultType> refreshFor(
            AppClient client,
            UserAccountEntity user,
            Redemption redemption,
            Consumer<String> secretHashCheck,
            Instant now) {
        if (user == null) {
            throw new NotAuthorizedException(RefreshTokens.INVALID);
        }
        if (!user.enabled) {
            throw new NotAuthorizedException("User is disabled.");
        }
        secretHashCheck.accept(user.username);
        TokenFamilyEntity family = redemption.family();
        Uni<String> replacement =
                redemption.issueReplacement()
                        ? refreshTokens.issue(family, client, now)
                        : Uni.createFrom().nullItem();
        return replacement
                .chain(
                        next ->
                                mint(
                                        client,
                                        user,
                                        family,
                                        now,
                                        next,
                                        PreTokenGeneration.REFRESH_TOKENS))
                .call(
                        () ->
                                outbox.append(
                                        new TokensRefreshed(
                                                outbox.metadata(SignInEvent.TOPIC, now),
                                                user.userPoolId,
                                                user.sub.toString(),
                                                user.username,
                                                client.clientId(),
                                                family.originJti.toString(),
                                                redemption.issueReplacement())));
    }

    private Uni<AuthenticationResultType> mint(
            AppClient client,
            UserAccountEntity user,
            TokenFamilyEntity family,
            Instant now,
            String refreshToken,
            String triggerSource) {
        TokenSession session =
                new TokenSession(client, family.authTime, family.originJti, family.deviceKey);
        return membership
                .groupsOf(user.userPoolId, user.sub)
                .chain(
                        groups ->
                                minter.mint(
                                        TokenSubject.of(user, groups), session, now, triggerSource))
                .map(
                        minted ->
                                new AuthenticationResultType(
                                        minted.accessToken(),
                                        (int) client.accessTokenValidity().toSeconds(),
                                        "Bearer",
                                        refreshToken,
                                        minted.idToken(),
                                        null));
    }
}
