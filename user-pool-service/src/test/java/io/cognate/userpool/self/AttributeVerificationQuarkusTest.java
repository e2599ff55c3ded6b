package io.cognate.userpool.self;

import static io.cognate.userpool.testing.SelfService.attr;
import static io.cognate.userpool.testing.SelfService.freshEmail;
import static io.cognate.userpool.testing.SelfService.message;
import static io.cognate.userpool.testing.SelfService.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.contracts.events.userpool.UserAttributesUpdated;
import io.cognate.userpool.testing.Parallel;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** GetUserAttributeVerificationCode and VerifyUserAttribute through the SDK. */
@QuarkusTest
class AttributeVerificationQuarkusTest {

    private static final String LIMIT = "Attempt limit exceeded, please try after some time.";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private void requestCode(SelfServiceFixture fixture, String token, String attribute) {
        fixture.app.getUserAttributeVerificationCode(
                r -> r.accessToken(token).attributeName(attribute));
    }

    private void verify(SelfServiceFixture fixture, String token, String attribute, String code) {
        fixture.app.verifyUserAttribute(
                r -> r.accessToken(token).attributeName(attribute).code(code));
    }

    @Test
    void getCodeWhenUnverifiedEmailThenMaskedDetailsAndHashedSingleUseCodeVerifiesIt()
            throws SQLException {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            String email = freshEmail("pia");
            String sub = fixture.confirmedUser("pia", attr("email", email));
            String token = fixture.accessToken("pia");

            var response =
                    fixture.app.getUserAttributeVerificationCode(
                            r -> r.accessToken(token).attributeName("email"));

            assertThat(response.codeDeliveryDetails().destination()).isEqualTo("p***@e***");
            assertThat(response.codeDeliveryDetails().deliveryMedium())
                    .isEqualTo(DeliveryMediumType.EMAIL);
            assertThat(response.codeDeliveryDetails().attributeName()).isEqualTo("email");
            CodeDeliveryRequested sent = fixture.lastVerification(sub);
            assertThat(sent.destination()).isEqualTo(email);
            assertThat(sent.subject()).isEqualTo("Your verification code");
            StoredCode stored = storedCode(sub, "VERIFY_EMAIL");
            assertThat(stored.hash()).startsWith("$argon2id$").doesNotContain(sent.code());
            assertThat(stored.lifetime()).isEqualTo(Duration.ofHours(24));

            verify(fixture, token, "email", sent.code());

            assertThat(fixture.attributes("pia")).containsEntry("email_verified", "true");
            assertThat(fixture.events(sub))
                    .filteredOn(UserAttributesUpdated.class::isInstance)
                    .singleElement()
                    .satisfies(
                            e ->
                                    assertThat(((UserAttributesUpdated) e).updatedAttributes())
                                            .containsExactly("email_verified"));
            assertThatThrownBy(() -> verify(fixture, token, "email", sent.code()))
                    .isInstanceOf(ExpiredCodeException.class)
                    .satisfies(
                            e ->
                                    assertThat(message(e))
                                            .isEqualTo(
                                                    "Invalid code provided, please request a code"
                                                            + " again."));
        }
    }

    @Test
    void getCodeWhenPhoneNumberThenSmsToTheNumber() {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            String sub = fixture.confirmedUser("quin", attr("phone_number", "+12065550100"));
            String token = fixture.accessToken("quin");

            var response =
                    fixture.app.getUserAttributeVerificationCode(
                            r -> r.accessToken(token).attributeName("phone_number"));

            assertThat(response.codeDeliveryDetails().destination()).isEqualTo("+*******0100");
            assertThat(response.codeDeliveryDetails().deliveryMedium())
                    .isEqualTo(DeliveryMediumType.SMS);
            CodeDeliveryRequested sent = fixture.lastVerification(sub);
            assertThat(sent.deliveryMedium()).isEqualTo("SMS");
            verify(fixture, token, "phone_number", sent.code());
            assertThat(fixture.attributes("quin")).containsEntry("phone_number_verified", "true");
        }
    }

    @Test
    void getCodeWhenAttributeNotVerifiableOrAbsentThenInvalidParameter() {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            fixture.confirmedUser("rex", attr("name", "Rex"));
            String token = fixture.accessToken("rex");

            assertThatThrownBy(() -> requestCode(fixture, token, "name"))
                    .isInstanceOf(InvalidParameterException.class);
            assertThatThrownBy(() -> requestCode(fixture, token, "email"))
                    .isInstanceOf(InvalidParameterException.class);
            assertThatThrownBy(() -> verify(fixture, token, "name", "123456"))
                    .isInstanceOf(InvalidParameterException.class);
        }
    }

    @Test
    void verifyWhenWrongCodesThenMismatchUntilBurntThenLimitExceededAndExpired() {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            String sub = fixture.confirmedUser("sue", attr("email", freshEmail("sue")));
            String token = fixture.accessToken("sue");
            requestCode(fixture, token, "email");
            String code = fixture.lastVerification(sub).code();

            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThatThrownBy(() -> verify(fixture, token, "email", wrong(code)))
                        .isInstanceOf(CodeMismatchException.class)
                        .satisfies(
                                e ->
                                        assertThat(message(e))
                                                .isEqualTo(
                                                        "Invalid verification code provided,"
                                                                + " please try again."));
            }
            assertThatThrownBy(() -> verify(fixture, token, "email", code))
                    .isInstanceOf(LimitExceededException.class)
                    .satisfies(e -> assertThat(message(e)).isEqualTo(LIMIT));
            assertThatThrownBy(() -> verify(fixture, token, "email", code))
                    .isInstanceOf(ExpiredCodeException.class);
            assertThat(fixture.attributes("sue")).doesNotContainEntry("email_verified", "true");
        }
    }

    @Test
    void verifyWhenCodeExpiredThenExpiredCode() throws SQLException {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            String sub = fixture.confirmedUser("tia", attr("email", freshEmail("tia")));
            String token = fixture.accessToken("tia");
            requestCode(fixture, token, "email");
            String code = fixture.lastVerification(sub).code();
            execute(
                    "UPDATE user_pool.user_code SET expires_at = now() - INTERVAL '1 second'"
                            + " WHERE sub = CAST(? AS uuid) AND purpose = 'VERIFY_EMAIL'",
                    sub);

            assertThatThrownBy(() -> verify(fixture, token, "email", code))
                    .isInstanceOf(ExpiredCodeException.class);
            assertThat(fixture.attributes("tia")).doesNotContainEntry("email_verified", "true");
        }
    }

    @Test
    void verifyWhenCodeWasSentToAnEarlierEmailThenExpired() {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            String sub = fixture.confirmedUser("uma", attr("email", freshEmail("uma")));
            String token = fixture.accessToken("uma");
            requestCode(fixture, token, "email");
            String code = fixture.lastVerification(sub).code();
            fixture.admin.adminUpdateUserAttributes(
                    r ->
                            r.userPoolId(fixture.poolId)
                                    .username("uma")
                                    .userAttributes(attr("email", freshEmail("other"))));

            assertThatThrownBy(() -> verify(fixture, token, "email", code))
                    .isInstanceOf(ExpiredCodeException.class);
            assertThat(fixture.attributes("uma")).containsEntry("email_verified", "false");
        }
    }

    @Test
    void verifyWhenVerifiedEmailBecomesAliasHeldByAnotherUserThenAliasExistsAndCodeStillLive() {
        try (var fixture =
                new SelfServiceFixture(
                        endpoint,
                        dataSource,
                        p ->
                                p.aliasAttributes(AliasAttributeType.EMAIL)
                                        .autoVerifiedAttributes(VerifiedAttributeType.EMAIL),
                        c -> {})) {
            String shared = freshEmail("shared");
            fixture.confirmedUserWithEmail("vic", shared);
            String sub = fixture.confirmedUserWithEmail("wes", freshEmail("wes"));
            String token = fixture.accessToken("wes");
            fixture.app.updateUserAttributes(
                    r -> r.accessToken(token).userAttributes(attr("email", shared)));
            String code = fixture.lastVerification(sub).code();

            assertThatThrownBy(() -> verify(fixture, token, "email", code))
                    .isInstanceOf(AliasExistsException.class);
            assertThat(fixture.attributes("wes")).containsEntry("email_verified", "false");

            fixture.admin.adminDeleteUser(r -> r.userPoolId(fixture.poolId).username("vic"));
            verify(fixture, token, "email", code);
            assertThat(fixture.attributes("wes")).containsEntry("email_verified", "true");
            assertThat(fixture.signIn(shared, SelfServiceFixture.PASSWORD).accessToken())
                    .isNotBlank();
        }
    }

    @Test
    void getCodeWhenFiveThisHourThenLimitExceededSequentiallyAndInParallel() throws Exception {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            String first = fixture.confirmedUser("xan", attr("email", freshEmail("xan")));
            String token = fixture.accessToken("xan");
            for (int i = 1; i <= 5; i++) {
                requestCode(fixture, token, "email");
            }
            assertThatThrownBy(() -> requestCode(fixture, token, "email"))
                    .isInstanceOf(LimitExceededException.class)
                    .satisfies(e -> assertThat(message(e)).isEqualTo(LIMIT));
            assertThat(fixture.deliveries(first, "ATTRIBUTE_VERIFICATION")).hasSize(5);

            String second = fixture.confirmedUser("yul", attr("email", freshEmail("yul")));
            String other = fixture.accessToken("yul");
            Map<String, Integer> outcomes =
                    Parallel.tally(10, () -> requestCode(fixture, other, "email"));

            assertThat(outcomes)
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of(Parallel.OK, 5, "LimitExceededException", 5));
            assertThat(fixture.deliveries(second, "ATTRIBUTE_VERIFICATION")).hasSize(5);
        }
    }

    @Test
    void verifyWhenFifteenAttemptsThisHourThenLimitExceededEvenForTheRightCode() {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            String sub = fixture.confirmedUser("zed", attr("email", freshEmail("zed")));
            String token = fixture.accessToken("zed");
            requestCode(fixture, token, "email");
            String burnt = fixture.lastVerification(sub).code();
            for (int attempt = 1; attempt <= 15; attempt++) {
                assertThatThrownBy(() -> verify(fixture, token, "email", wrong(burnt)))
                        .isInstanceOfAny(
                                CodeMismatchException.class,
                                LimitExceededException.class,
                                ExpiredCodeException.class);
            }
            requestCode(fixture, token, "email");
            String fresh = fixture.lastVerification(sub).code();

            assertThatThrownBy(() -> verify(fixture, token, "email", fresh))
                    .isInstanceOf(LimitExceededException.class)
                    .satisfies(e -> assertThat(message(e)).isEqualTo(LIMIT));
            assertThat(fixture.attributes("zed")).doesNotContainEntry("email_verified", "true");
        }
    }

    @Test
    void verifyWhenTwentyWrongCodesInParallelThenFifteenCheckedAndTheCodeBurntOnce()
            throws Exception {
        try (var fixture = new SelfServiceFixture(endpoint, dataSource)) {
            String sub = fixture.confirmedUser("abe", attr("email", freshEmail("abe")));
            String token = fixture.accessToken("abe");
            requestCode(fixture, token, "email");
            String code = fixture.lastVerification(sub).code();

            Map<String, Integer> outcomes =
                    Parallel.tally(20, () -> verify(fixture, token, "email", wrong(code)));

            // 15 attempts pass the hourly limit: 5 wrong guesses, the 6th finds the code burnt
            // (LimitExceeded), 9 find no code; the other 5 are refused by the limit.
            assertThat(outcomes)
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of(
                                    "CodeMismatchException", 5,
                                    "ExpiredCodeException", 9,
                                    "LimitExceededException", 6));
        }
    }

    private record StoredCode(String hash, Duration lifetime) {}

    private StoredCode storedCode(String sub, String purpose) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT code_hash,"
                                        + " CAST(EXTRACT(EPOCH FROM expires_at - created_at) AS"
                                        + " bigint) FROM user_pool.user_code WHERE sub = ? AND"
                                        + " purpose = ?")) {
            s.setObject(1, UUID.fromString(sub));
            s.setString(2, purpose);
            try (ResultSet rows = s.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return new StoredCode(rows.getString(1), Duration.ofSeconds(rows.getLong(2)));
            }
        }
    }

    private void execute(String sql, String sub) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, sub);
            s.executeUpdate();
        }
    }
}
