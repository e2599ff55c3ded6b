package io.cognate.userpool.token;

import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.group.GroupEntity;
import io.cognate.userpool.membership.MembershipStore;
import io.cognate.userpool.token.refresh.RefreshTokens;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The tokens of a plain password sign-in (no device, every step done) over plain SQL, as {@link
 * JwtTokenIssuer#signIn} issues them in a Hibernate transaction: the same claims, the same
 * PreTokenGeneration trigger, the same refresh-token family and first token.
 */
@ApplicationScoped
public class SignInTokens {

    private final TokenMinter minter;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    SignInTokens(TokenMinter minter, RefreshTokens refreshTokens, Clock clock) {
        this.minter = minter;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /**
     * @param sql the caller's transaction
     * @param groups the user's groups, in any order
     */
    public Uni<AuthenticationResultType> issue(
            SqlClient sql,
            AppClient client,
            UserAccountEntity user,
            List<GroupEntity> groups,
            Instant authTime) {
        Instant now = clock.instant();
        UUID originJti = UUID.randomUUID();
        TokenSubject subject = TokenSubject.of(user, MembershipStore.inTokenOrder(groups));
        TokenSession session = new TokenSession(client, authTime, originJti, null);
        return refreshTokens
                .startFamily(sql, client, user, originJti, authTime, now)
                .chain(
                        refreshToken ->
                                minter.mint(
                                                subject,
                                                session,
                                                now,
                                                PreTokenGeneration.AUTHENTICATION)
                                        .map(minted -> minted.result(client, refreshToken)));
    }
}
