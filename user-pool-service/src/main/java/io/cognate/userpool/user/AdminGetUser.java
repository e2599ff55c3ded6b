package io.cognate.userpool.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.mfa.MfaStore;
import io.cognate.userpool.mfa.MfaSummary;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Returns a user by username, alias or sub. */
@ApplicationScoped
public class AdminGetUser implements AwsOperation<AdminGetUser.Request, AdminGetUser.Response> {

    public record Request(String userPoolId, String username) {}

    public record Response(
            String username,
            List<Attribute> userAttributes,
            Instant userCreateDate,
            Instant userLastModifiedDate,
            boolean enabled,
            String userStatus,
            @JsonProperty("MFAOptions") List<Map<String, String>> mfaOptions,
            String preferredMfaSetting,
            @JsonProperty("UserMFASettingList") List<String> userMfaSettingList) {}

    private final Users users;
    private final MfaStore mfa;

    AdminGetUser(Users users, MfaStore mfa) {
        this.users = users;
        this.mfa = mfa;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return users.require(request.userPoolId(), request.username())
                .chain(
                        user ->
                                mfa.find(user.userPoolId, user.sub)
                                        .map(MfaSummary::of)
                                        .map(
                                                summary ->
                                                        new Response(
                                                                user.username,
                                                                UserView.attributes(user, null),
                                                                user.createdAt,
                                                                user.lastModifiedAt,
                                                                user.enabled,
                                                                user.status.name(),
                                                                summary.mfaOptions(),
                                                                summary.preferredMfaSetting(),
                                                                summary.settings())));
    }
}
