package io.cognate.userpool.self;

import static io.cognate.userpool.testing.SelfService.attr;
import static io.cognate.userpool.testing.SelfService.freshEmail;
import static io.cognate.userpool.testing.SelfService.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.userpool.UserAttributesUpdated;
import io.cognate.contracts.events.userpool.UserDeleted;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** DeleteUserAttributes and DeleteUser through the SDK with real access tokens. */
@QuarkusTest
class DeleteUserQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    @Test
    void deleteAttributesWhenEmailAndNameThenGoneWithFlagAndAlias() {
        try (var fixture =
                new SelfServiceFixture(
                        endpoint,
                        dataSource,
                        p -> p.aliasAttributes(AliasAttributeType.EMAIL),
                        c -> {})) {
            String email = freshEmail("bea");
            String sub =
                    fixture.confirmedUser(
                            "bea",
                            attr("email", email),
                            attr("email_verified", "true"),
                            attr("name", "Bea"),
                            attr("locale", "de"));
            String token = fixture.accessToken("bea");
            assertThat(fixture.signIn(email, SelfServiceFixture.PASSWORD).accessToken())
                    .isNotBlank();

            fixture.app.deleteUserAttributes(
                    r -> r.accessToken(token).userAttributeNames("email", "name"));

            assertThat(fixture.attributes("bea"))
                    .doesNotContainKeys("email", "email_verified", "name")
                    .containsEntry("locale", "de");
            assertThatThrownBy(() -> fixture.signIn(email, SelfServiceFixture.PASSWORD))
                    .isInstanceOf(UserNotFoundException.class);
            assertThat(fixture.events(sub))
                    .filteredOn(UserAttributesUpdated.class::isInstance)
                    .singleElement()
                    .satisfies(
                            e ->
                                    assertThat(((UserAttributesUpdated) e).deletedAttributes())
                                            .containsExactly("email", "email_verified", "name"));
        }
    }

    @Test
    void deleteAttributesWhenRequiredImmutableOrNotWritableThenRefused() {
        try (var fixture =
                new SelfServiceFixture(
                        endpoint,
                        dataSource,
                        p ->
                                p.schema(
                                        s ->
                                                s.name("email")
                                                        .attributeDataType("String")
                                                        .required(true),
                                        s ->
                                                s.name("tier")
                                                        .attributeDataType("String")
                                                        .mutable(false)),
                        c -> c.writeAttributes("email", "custom:tier"))) {
            fixture.confirmedUser(
                    "cal",
                    attr("email", freshEmail("cal")),
                    attr("custom:tier", "gold"),
                    attr("name", "Cal"));
            String token = fixture.accessToken("cal");

            assertThatThrownBy(
                            () ->
                                    fixture.app.deleteUserAttributes(
                                            r -> r.accessToken(token).userAttributeNames("email")))
                    .isInstanceOf(InvalidParameterException.class)
                    .satisfies(
                            e ->
                                    assertThat(message(e))
                                            .isEqualTo(
                                                    "Attributes did not conform to the schema:"
                                                            + " email: The attribute is required"));
            assertThatThrownBy(
                            () ->
                                    fixture.app.deleteUserAttributes(
                                            r ->
                                                    r.accessToken(token)
                                                            .userAttributeNames("custom:tier")))
                    .isInstanceOf(InvalidParameterException.class);
            assertThatThrownBy(
                            () ->
                                    fixture.app.deleteUserAttributes(
                                            r -> r.accessToken(token).userAttributeNames("name")))
                    .isInstanceOf(NotAuthorizedException.class);
            assertThat(fixture.attributes("cal")).containsKeys("email", "custom:tier", "name");
        }
    }

    @Test
    void deleteUserWhenSignedInThenGoneAndItsTokensNameNobody() {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            String sub = fixture.confirmedUser("dan", attr("name", "Dan"));
            var tokens = fixture.signIn("dan", SelfServiceFixture.PASSWORD);

            fixture.app.deleteUser(r -> r.accessToken(tokens.accessToken()));

            assertThatThrownBy(
                            () ->
                                    fixture.admin.adminGetUser(
                                            r -> r.userPoolId(fixture.poolId).username("dan")))
                    .isInstanceOf(UserNotFoundException.class);
            assertThat(fixture.events(sub))
                    .filteredOn(UserDeleted.class::isInstance)
                    .singleElement()
                    .satisfies(e -> assertThat(((UserDeleted) e).username()).isEqualTo("dan"));
            assertThatThrownBy(
                            () -> fixture.app.deleteUser(r -> r.accessToken(tokens.accessToken())))
                    .isInstanceOf(UserNotFoundException.class)
                    .satisfies(e -> assertThat(message(e)).isEqualTo("User does not exist."));
            assertThatThrownBy(
                            () ->
                                    fixture.app.updateUserAttributes(
                                            r ->
                                                    r.accessToken(tokens.accessToken())
                                                            .userAttributes(attr("name", "X"))))
                    .isInstanceOf(UserNotFoundException.class);
            assertThatThrownBy(
                            () ->
                                    fixture.app.initiateAuth(
                                            r ->
                                                    r.clientId(fixture.clientId)
                                                            .authFlow(
                                                                    AuthFlowType.REFRESH_TOKEN_AUTH)
                                                            .authParameters(
                                                                    Map.of(
                                                                            "REFRESH_TOKEN",
                                                                            tokens
                                                                                    .refreshToken()))))
                    .isInstanceOf(NotAuthorizedException.class);
            assertThatThrownBy(() -> fixture.signIn("dan", SelfServiceFixture.PASSWORD))
                    .isInstanceOf(UserNotFoundException.class);
        }
    }
}
