package io.cognate.userpool.mfa;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.self.SignedInUsers;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The signed-in user (by access token) enables, disables and prefers MFA factors. */
@ApplicationScoped
public class SetUserMFAPreference
        implements AwsOperation<SetUserMFAPreference.Request, SetUserMFAPreference.Response> {

    public record Request(
            @JsonProperty("SMSMfaSettings") FactorSettings smsMfaSettings,
            FactorSettings softwareTokenMfaSettings,
            FactorSettings emailMfaSettings,
            Map<String, Object> webAuthnMfaSettings,
            String accessToken) {

        /** Never prints the access token. */
        @Override
        public String toString() {
            return "SetUserMFAPreference.Request[redacted]";
        }
    }

    public record Response() {}

    private final SignedInUsers signedIn;
    private final MfaPreferences preferences;

    SetUserMFAPreference(SignedInUsers signedIn, MfaPreferences preferences) {
        this.signedIn = signedIn;
        this.preferences = preferences;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return signedIn.require(request.accessToken())
                .chain(
                        user ->
                                preferences.apply(
                                        user.user(),
                                        request.smsMfaSettings(),
                                        request.softwareTokenMfaSettings(),
                                        request.emailMfaSettings(),
                                        context.receivedAt().truncatedTo(ChronoUnit.MILLIS)))
                .replaceWith(new Response());
    }
}
