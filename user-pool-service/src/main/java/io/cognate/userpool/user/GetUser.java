package io.cognate.userpool.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.mfa.MfaStore;
import io.cognate.userpool.mfa.MfaSummary;
import io.cognate.userpool.token.AccessTokenPrincipal;
import io.cognate.userpool.token.AccessTokens;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The signed-in user, by access token: the username and the attributes the token's client may read
 * ({@code sub} always). A revoked, signed-out, expired or forged token is refused.
 */
@ApplicationScoped
public class GetUser implements AwsOperation<GetUser.Request, GetUser.Response> {

    public record Request(String accessToken) {
        @Override
        public String toString() {
            return "GetUser.Request[redacted]";
        }
    }

    public record Response(
            String username,
            List<Attribute> userAttributes,
            @JsonProperty("MFAOptions") List<Map<String, String>> mfaOptions,
            String preferredMfaSetting,
            @JsonProperty("UserMFASettingList") List<String> userMfaSettingList) {}

    private final AccessTokens accessTokens;
    private final Users users;
    private final AppClients clients;
    private final MfaStore mfa;

    GetUser(AccessTokens accessTokens, Users users, AppClients clients, MfaStore mfa) {
        this.accessTokens = accessTokens;
        this.users = users;
        this.clients = clients;
        this.mfa = mfa;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return accessTokens
                .authenticate(request.accessToken())
                .chain(principal -> describe(principal));
    }

    private Uni<Response> describe(AccessTokenPrincipal principal) {
        return users.findBySub(principal.userPoolId(), principal.sub())
                .onItem()
                .ifNull()
                .failWith(() -> new UserNotFoundException(Users.NOT_FOUND))
                .chain(
                        user -> {
                            if (!user.enabled) {
                                throw new NotAuthorizedException("User is disabled.");
                            }
                            return clients.require(principal.clientId())
                                    .onFailure(ResourceNotFoundException.class)
                                    .transform(
                                            e -> new NotAuthorizedException("Invalid Access Token"))
                                    .chain(
                                            client ->
                                                    mfa.find(user.userPoolId, user.sub)
                                                            .map(MfaSummary::of)
                                                            .map(
                                                                    summary ->
                                                                            response(
                                                                                    user,
                                                                                    client
                                                                                            .readAttributes(),
                                                                                    summary)));
                        });
    }

    private static Response response(
            UserAccountEntity user, List<String> readable, MfaSummary summary) {
        return new Response(
                user.username,
                UserView.attributes(user, readable.isEmpty() ? null : withSub(readable)),
                summary.mfaOptions(),
                summary.preferredMfaSetting(),
                summary.settings());
    }

    private static List<String> withSub(List<String> readable) {
        return readable.contains("sub")
                ? readable
                : java.util.stream.Stream.concat(
                                java.util.stream.Stream.of("sub"), readable.stream())
                        .toList();
    }
}
