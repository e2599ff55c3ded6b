package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.userpool.SignInEvent;
import io.cognate.contracts.events.userpool.SignInFailed;
import io.cognate.contracts.events.userpool.SignInSucceeded;
import io.cognate.userpool.testing.TopicReader;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;

/** Sign-ins reach {@code cognate.userpool.signin.v1}, failures with a reason and no secret. */
@QuarkusTest
class SignInEventsQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Test
    void signInsWhenOneFailsAndOneSucceedsThenBothPublished() {
        try (var fixture = new SignInFixture(endpoint, PreventUserExistenceErrorTypes.ENABLED);
                var consumer = TopicReader.subscribe(SignInEvent.TOPIC)) {
            String username = fixture.confirmedUser();
            assertThatThrownBy(() -> fixture.passwordSignIn(username, "Wr0ng-Password!"));
            fixture.passwordSignIn(username, SignInFixture.PASSWORD);

            List<DomainEvent> events =
                    TopicReader.await(
                            consumer,
                            e ->
                                    e instanceof SignInEvent s
                                            && fixture.poolId.equals(s.userPoolId()),
                            2);

            assertThat(events.get(0)).isInstanceOf(SignInFailed.class);
            SignInFailed failed = (SignInFailed) events.get(0);
            assertThat(failed.reason()).isEqualTo("WRONG_PASSWORD");
            assertThat(failed.username()).isEqualTo(username);
            assertThat(failed.authFlow()).isEqualTo("USER_PASSWORD_AUTH");
            assertThat(failed.clientId()).isEqualTo(fixture.clientId);
            SignInSucceeded succeeded = (SignInSucceeded) events.get(1);
            assertThat(succeeded.sub()).isEqualTo(failed.sub()).isNotNull();
            assertThat(succeeded.authFlow()).isEqualTo("USER_PASSWORD_AUTH");
            assertThat(EventCodec.toJson(failed)).doesNotContain("Wr0ng-Password!");
        }
    }
}
