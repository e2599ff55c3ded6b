package io.cognate.userpool.mfa;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** An administrator enables, disables and prefers a user's MFA factors. */
@ApplicationScoped
public class AdminSetUserMFAPreference
        implements AwsOperation<
                AdminSetUserMFAPreference.Request, AdminSetUserMFAPreference.Response> {

    public record Request(
            @JsonProperty("SMSMfaSettings") FactorSettings smsMfaSettings,
            FactorSettings softwareTokenMfaSettings,
            FactorSettings emailMfaSettings,
            Map<String, Object> webAuthnMfaSettings,
            String username,
            String userPoolId) {}

    public record Response() {}

    private final Users users;
    private final MfaPreferences preferences;

    AdminSetUserMFAPreference(Users users, MfaPreferences preferences) {
        this.users = users;
        this.preferences = preferences;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return users.require(request.userPoolId(), request.username())
                .chain(
                        user ->
                                preferences.apply(
                                        user,
                                        request.smsMfaSettings(),
                                        request.softwareTokenMfaSettings(),
                                        request.emailMfaSettings(),
                                        context.receivedAt().truncatedTo(ChronoUnit.MILLIS)))
                .replaceWith(new Response());
    }
}
