package io.cognate.userpool.token;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.membership.MembershipStore;
import io.cognate.userpool.token.refresh.RefreshTokens;
import io.cognate.userpool.token.refresh.TokenFamilyEntity;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The {@link TokenIssuer}: Cognito-exact RS256 ID and access tokens and opaque refresh tokens. A
 * sign-in issues in the caller's Hibernate transaction (the refresh-token family and token rows,
 * the outbox event); a refresh runs on plain SQL of its own ({@link TokenRefreshes}).
 */
@ApplicationScoped
public class JwtTokenIssuer implements TokenIssuer {

    private final TokenMinter minter;
    private final RefreshTokens refreshTokens;
    private final MembershipStore membership;
    private final Clock clock;
    private final TokenRefreshes refreshes;

    JwtTokenIssuer(
            TokenMinter minter,
            RefreshTokens refreshTokens,
            MembershipStore membership,
            Clock clock,
            TokenRefreshes refreshes) {
        this.minter = minter;
        this.refreshTokens = refreshTokens;
        this.membership = membership;
        this.clock = clock;
        this.refreshes = refreshes;
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
                                minter.mint(
                                        client, subject, family, now, refreshToken, triggerSource));
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
        return refreshes.refresh(client, refreshToken, rotate, deviceKey, secretHashCheck);
    }
}
