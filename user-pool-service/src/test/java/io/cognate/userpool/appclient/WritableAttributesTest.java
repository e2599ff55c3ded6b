package io.cognate.userpool.appclient;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.user.Attribute;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritableAttributesTest {

    @Test
    void checkWhenClientNamesNoWriteAttributesThenAllButVerifiedFlagsAllowed() {
        AppClient client = client(null);

        assertThatCode(
                        () ->
                                WritableAttributes.check(
                                        client,
                                        List.of(
                                                new Attribute("email", "a@b.c"),
                                                new Attribute("custom:team", "x"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () ->
                                WritableAttributes.check(
                                        client, List.of(new Attribute("email_verified", "true"))))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessage("A client attempted to write unauthorized attribute");
    }

    @Test
    void checkWhenClientNamesWriteAttributesThenOnlyThose() {
        AppClient client = client(List.of("email", "phone_number_verified"));

        assertThatCode(
                        () ->
                                WritableAttributes.check(
                                        client,
                                        List.of(
                                                new Attribute("email", "a@b.c"),
                                                new Attribute("phone_number_verified", "true"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () -> WritableAttributes.check(client, List.of(new Attribute("name", "N"))))
                .isInstanceOf(NotAuthorizedException.class);
    }

    private static AppClient client(List<String> writeAttributes) {
        var settings =
                new ClientSettings(
                        null,
                        null,
                        null,
                        null,
                        null,
                        writeAttributes,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        return new AppClient("us-east-1_pool", "client", "app", null, settings);
    }
}
