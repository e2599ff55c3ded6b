package io.cognate.userpool.self;

import static io.cognate.userpool.testing.SelfService.attr;
import static io.cognate.userpool.testing.SelfService.freshEmail;
import static io.cognate.userpool.testing.SelfService.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.contracts.events.userpool.UserAttributesUpdated;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** UpdateUserAttributes through the SDK with real access tokens. */
@QuarkusTest
class UpdateUserAttributesQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private SelfServiceFixture autoVerifyingEmail() {
        return new SelfServiceFixture(
                endpoint,
                dataSource,
                p -> p.autoVerifiedAttributes(VerifiedAttributeType.EMAIL),
                c -> {});
    }

    @Test
    void updateWhenNameAndCustomAttributeThenStoredAndEventNamesThem() {
        try (var fixture =
                new SelfServiceFixture(
                        endpoint,
                        dataSource,
                        p ->
                                p.schema(
                                        s ->
                                                s.name("team")
                                                        .attributeDataType("String")
                                                        .mutable(true)),
                        c -> {})) {
            String sub = fixture.confirmedUser("ada");
            String token = fixture.accessToken("ada");

            var response =
                    fixture.app.updateUserAttributes(
                            r ->
                                    r.accessToken(token)
                                            .userAttributes(
                                                    attr("name", "Ada"),
                                                    attr("custom:team", "engines")));

            assertThat(response.codeDeliveryDetailsList()).isEmpty();
            assertThat(fixture.attributes("ada"))
                    .containsEntry("name", "Ada")
                    .containsEntry("custom:team", "engines");
            assertThat(fixture.events(sub))
                    .filteredOn(UserAttributesUpdated.class::isInstance)
                    .singleElement()
                    .satisfies(
                            e ->
                                    assertThat(((UserAttributesUpdated) e).updatedAttributes())
                                            .containsExactly("custom:team", "name"));
        }
    }

    @Test
    void updateWhenEmailChangesInAutoVerifyingPoolThenUnverifiedCodeSentAndVerifyConfirmsIt() {
        try (var fixture = autoVerifyingEmail()) {
            String sub = fixture.confirmedUserWithEmail("bob", freshEmail("bob"));
            String token = fixture.accessToken("bob");
            String newEmail = freshEmail("robert");

            var response =
                    fixture.app.updateUserAttributes(
                            r -> r.accessToken(token).userAttributes(attr("email", newEmail)));

            assertThat(response.codeDeliveryDetailsList())
                    .singleElement()
                    .satisfies(
                            d -> {
                                assertThat(d.destination()).isEqualTo("r***@e***");
                                assertThat(d.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
                                assertThat(d.attributeName()).isEqualTo("email");
                            });
            assertThat(fixture.attributes("bob"))
                    .containsEntry("email", newEmail)
                    .containsEntry("email_verified", "false");
            CodeDeliveryRequested sent = fixture.lastVerification(sub);
            assertThat(sent.destination()).isEqualTo(newEmail);
            assertThat(sent.deliveryMedium()).isEqualTo("EMAIL");
            assertThat(sent.message()).isEqualTo("Your verification code is " + sent.code() + ".");
            List<DomainEvent> events = fixture.events(sub);
            assertThat(events)
                    .filteredOn(UserAttributesUpdated.class::isInstance)
                    .singleElement()
                    .satisfies(
                            e ->
                                    assertThat(((UserAttributesUpdated) e).updatedAttributes())
                                            .containsExactly("email", "email_verified"));

            fixture.app.verifyUserAttribute(
                    r -> r.accessToken(token).attributeName("email").code(sent.code()));

            assertThat(fixture.attributes("bob"))
                    .containsEntry("email", newEmail)
                    .containsEntry("email_verified", "true");
        }
    }

    @Test
    void updateWhenPoolRequiresVerificationBeforeUpdateThenOldEmailKeptUntilVerified() {
        try (var fixture =
                new SelfServiceFixture(
                        endpoint,
                        dataSource,
                        p ->
                                p.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                                        .userAttributeUpdateSettings(
                                                s ->
                                                        s
                                                                .attributesRequireVerificationBeforeUpdateWithStrings(
                                                                        "email")),
                        c -> {})) {
            String oldEmail = freshEmail("cy");
            String sub = fixture.confirmedUserWithEmail("cy", oldEmail);
            String token = fixture.accessToken("cy");
            String newEmail = freshEmail("cyrus");

            var response =
                    fixture.app.updateUserAttributes(
                            r ->
                                    r.accessToken(token)
                                            .userAttributes(
                                                    attr("email", newEmail), attr("name", "Cy")));

            assertThat(response.codeDeliveryDetailsList()).hasSize(1);
            assertThat(fixture.attributes("cy"))
                    .containsEntry("email", oldEmail)
                    .containsEntry("email_verified", "true")
                    .containsEntry("name", "Cy");
            CodeDeliveryRequested sent = fixture.lastVerification(sub);
            assertThat(sent.destination()).isEqualTo(newEmail);

            // A resent code goes to the pending address as well.
            var resent =
                    fixture.app.getUserAttributeVerificationCode(
                            r -> r.accessToken(token).attributeName("email"));
            assertThat(resent.codeDeliveryDetails().destination()).isEqualTo("c***@e***");
            CodeDeliveryRequested second = fixture.lastVerification(sub);
            assertThat(second.destination()).isEqualTo(newEmail);

            fixture.app.verifyUserAttribute(
                    r -> r.accessToken(token).attributeName("email").code(second.code()));

            assertThat(fixture.attributes("cy"))
                    .containsEntry("email", newEmail)
                    .containsEntry("email_verified", "true");
        }
    }

    @Test
    void updateWhenPoolDoesNotAutoVerifyThenEmailUnverifiedAndNoCode() {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            String sub = fixture.confirmedUserWithEmail("dee", freshEmail("dee"));
            String token = fixture.accessToken("dee");

            var response =
                    fixture.app.updateUserAttributes(
                            r ->
                                    r.accessToken(token)
                                            .userAttributes(attr("email", freshEmail("dora"))));

            assertThat(response.codeDeliveryDetailsList()).isEmpty();
            assertThat(fixture.attributes("dee")).containsEntry("email_verified", "false");
            assertThat(fixture.deliveries(sub, "ATTRIBUTE_VERIFICATION")).isEmpty();
        }
    }

    @Test
    void updateWhenBlankValueThenAttributeDeleted() {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            String sub = fixture.confirmedUser("eve", attr("name", "Eve"), attr("locale", "en"));
            String token = fixture.accessToken("eve");

            fixture.app.updateUserAttributes(
                    r -> r.accessToken(token).userAttributes(attr("name", "")));

            assertThat(fixture.attributes("eve"))
                    .doesNotContainKey("name")
                    .containsEntry("locale", "en");
            assertThat(fixture.events(sub))
                    .filteredOn(UserAttributesUpdated.class::isInstance)
                    .singleElement()
                    .satisfies(
                            e ->
                                    assertThat(((UserAttributesUpdated) e).deletedAttributes())
                                            .containsExactly("name"));
        }
    }

    @Test
    void updateWhenClientMayNotWriteTheAttributeThenNotAuthorizedAndNothingChanges() {
        try (var fixture =
                new SelfServiceFixture(
                        endpoint, dataSource, p -> {}, c -> c.writeAttributes("name"))) {
            fixture.confirmedUserWithEmail("fay", freshEmail("fay"));
            String token = fixture.accessToken("fay");

            assertThatThrownBy(
                            () ->
                                    fixture.app.updateUserAttributes(
                                            r ->
                                                    r.accessToken(token)
                                                            .userAttributes(
                                                                    attr("name", "Fay"),
                                                                    attr("locale", "fr"))))
                    .isInstanceOf(NotAuthorizedException.class)
                    .satisfies(
                            e ->
                                    assertThat(message(e))
                                            .isEqualTo(
                                                    "A client attempted to write unauthorized"
                                                            + " attribute"));
            assertThat(fixture.attributes("fay")).doesNotContainKeys("name", "locale");
        }
    }

    @Test
    void updateWhenUserClaimsVerifiedEmailWithDefaultClientThenNotAuthorized() {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            fixture.confirmedUser("gus", attr("email", freshEmail("gus")));
            String token = fixture.accessToken("gus");

            assertThatThrownBy(
                            () ->
                                    fixture.app.updateUserAttributes(
                                            r ->
                                                    r.accessToken(token)
                                                            .userAttributes(
                                                                    attr(
                                                                            "email_verified",
                                                                            "true"))))
                    .isInstanceOf(NotAuthorizedException.class);
            assertThat(fixture.attributes("gus")).doesNotContainEntry("email_verified", "true");
        }
    }

    @Test
    void updateWhenSchemaForbidsThenInvalidParameterWithCognitosWording() {
        try (var fixture =
                new SelfServiceFixture(
                        endpoint,
                        dataSource,
                        p ->
                                p.schema(
                                        s ->
                                                s.name("tier")
                                                        .attributeDataType("String")
                                                        .mutable(false),
                                        s ->
                                                s.name("secret")
                                                        .attributeDataType("String")
                                                        .mutable(true)
                                                        .developerOnlyAttribute(true)),
                        c -> {})) {
            fixture.confirmedUser("hal", attr("custom:tier", "gold"));
            String token = fixture.accessToken("hal");

            assertRefused(
                    fixture,
                    token,
                    attr("custom:tier", "platinum"),
                    "Attributes did not conform to the schema: custom:tier: Attribute cannot be"
                            + " updated. (changing an immutable attribute)");
            assertRefused(
                    fixture,
                    token,
                    attr("shoe_size", "44"),
                    "Attributes did not conform to the schema: shoe_size: Attribute does not exist"
                            + " in the schema.");
            assertRefused(
                    fixture,
                    token,
                    attr("dev:secret", "x"),
                    "A client attempted to write unauthorized attribute");
            assertRefused(
                    fixture, token, attr("email", "not-an-email"), "Invalid email address format.");
            assertThat(fixture.attributes("hal")).containsEntry("custom:tier", "gold");
        }
    }

    private static void assertRefused(
            SelfServiceFixture fixture,
            String token,
            software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType attribute,
            String expected) {
        assertThatThrownBy(
                        () ->
                                fixture.app.updateUserAttributes(
                                        r -> r.accessToken(token).userAttributes(attribute)))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo(expected));
    }

    @Test
    void updateWhenPreferredUsernameTakenByAnotherUserThenAliasExists() {
        try (var fixture =
                new SelfServiceFixture(
                        endpoint,
                        dataSource,
                        p -> p.aliasAttributes(AliasAttributeType.PREFERRED_USERNAME),
                        c -> {})) {
            fixture.confirmedUser("ian", attr("preferred_username", "ace"));
            fixture.confirmedUser("jo");
            String token = fixture.accessToken("jo");

            assertThatThrownBy(
                            () ->
                                    fixture.app.updateUserAttributes(
                                            r ->
                                                    r.accessToken(token)
                                                            .userAttributes(
                                                                    attr(
                                                                            "preferred_username",
                                                                            "ACE"))))
                    .isInstanceOf(AliasExistsException.class);
            assertThat(fixture.attributes("jo")).doesNotContainKey("preferred_username");

            fixture.app.updateUserAttributes(
                    r -> r.accessToken(token).userAttributes(attr("preferred_username", "jojo")));
            assertThat(fixture.signIn("jojo", SelfServiceFixture.PASSWORD).accessToken())
                    .isNotBlank();
        }
    }
}
