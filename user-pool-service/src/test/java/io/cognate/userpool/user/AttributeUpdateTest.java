package io.cognate.userpool.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeUpdateTest {

    private static final Map<String, Map<String, Object>> SCHEMA =
            Map.of(
                    "email", attribute("String", false),
                    "email_verified", attribute("Boolean", false),
                    "phone_number", attribute("String", false),
                    "phone_number_verified", attribute("Boolean", false),
                    "name", attribute("String", false),
                    "given_name", attribute("String", true));

    private static Map<String, Object> attribute(String type, boolean required) {
        return Map.of(
                "AttributeDataType",
                type,
                "Mutable",
                true,
                "Required",
                required,
                "DeveloperOnlyAttribute",
                false);
    }

    private static PoolRules pool(List<String> autoVerified, List<String> requireBeforeUpdate) {
        return new PoolRules(
                "us-east-1_test",
                false,
                List.of(),
                List.of(),
                SCHEMA,
                Map.of(
                        "AutoVerifiedAttributes",
                        autoVerified,
                        "UserAttributeUpdateSettings",
                        Map.of("AttributesRequireVerificationBeforeUpdate", requireBeforeUpdate)));
    }

    private static UserAccountEntity user(Map<String, String> attributes) {
        UserAccountEntity user = new UserAccountEntity();
        user.attributes = new HashMap<>(attributes);
        return user;
    }

    private static final UserAccountEntity VERIFIED =
            user(
                    Map.of(
                            "email", "old@example.com",
                            "email_verified", "true",
                            "name", "Old",
                            "given_name", "G"));

    @Test
    void planWhenEmailChangesWithoutAutoVerificationThenUnverifiedAndOldCodeForgotten() {
        var plan =
                AttributeUpdate.plan(
                        pool(List.of(), List.of()),
                        VERIFIED,
                        List.of(new Attribute("email", "new@example.com")));

        assertThat(plan.set())
                .containsEntry("email", "new@example.com")
                .containsEntry("email_verified", "false");
        assertThat(plan.codes()).isEmpty();
        assertThat(plan.forgotten()).containsExactly("email");
    }

    @Test
    void planWhenEmailChangesInAutoVerifyingPoolThenUnverifiedAndCodeToTheNewValue() {
        var plan =
                AttributeUpdate.plan(
                        pool(List.of("email"), List.of()),
                        VERIFIED,
                        List.of(new Attribute("email", "new@example.com")));

        assertThat(plan.set()).containsEntry("email_verified", "false");
        assertThat(plan.codes())
                .containsExactly(new AttributeUpdate.Code("email", "new@example.com", false));
    }

    @Test
    void planWhenVerificationRequiredBeforeUpdateThenValueHeldBackAndCodeMarkedPending() {
        var plan =
                AttributeUpdate.plan(
                        pool(List.of("email"), List.of("email")),
                        VERIFIED,
                        List.of(
                                new Attribute("email", "new@example.com"),
                                new Attribute("name", "New")));

        assertThat(plan.set()).containsExactly(Map.entry("name", "New"));
        assertThat(plan.codes())
                .containsExactly(new AttributeUpdate.Code("email", "new@example.com", true));
    }

    @Test
    void planWhenRequireBeforeUpdateButNotAutoVerifiedThenImmediate() {
        var plan =
                AttributeUpdate.plan(
                        pool(List.of(), List.of("email")),
                        VERIFIED,
                        List.of(new Attribute("email", "new@example.com")));

        assertThat(plan.set()).containsEntry("email", "new@example.com");
        assertThat(plan.codes()).isEmpty();
    }

    @Test
    void planWhenValueUnchangedThenNoCodeAndFlagKept() {
        var plan =
                AttributeUpdate.plan(
                        pool(List.of("email"), List.of()),
                        VERIFIED,
                        List.of(new Attribute("email", "old@example.com")));

        assertThat(plan.set()).doesNotContainKey("email_verified");
        assertThat(plan.codes()).isEmpty();
        assertThat(plan.forgotten()).isEmpty();
    }

    @Test
    void planWhenBlankValuesThenDeletedWithTheVerifiedFlagAndLaterDuplicatesWin() {
        var plan =
                AttributeUpdate.plan(
                        pool(List.of("email"), List.of()),
                        VERIFIED,
                        List.of(
                                new Attribute("name", "Kept?"),
                                new Attribute("email", ""),
                                new Attribute("name", null)));

        assertThat(plan.set()).isEmpty();
        assertThat(plan.deleted()).containsExactly("email", "email_verified", "name");
        assertThat(plan.forgotten()).containsExactly("email");
    }

    @Test
    void planWhenBlankRequiredAttributeThenRefused() {
        assertThatThrownBy(
                        () ->
                                AttributeUpdate.plan(
                                        pool(List.of(), List.of()),
                                        VERIFIED,
                                        List.of(new Attribute("given_name", ""))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage(
                        "Attributes did not conform to the schema: given_name: The attribute is"
                                + " required");
    }

    @Test
    void planWhenVerifiedFlagSetInTheSameRequestThenImmediateWithoutCode() {
        var plan =
                AttributeUpdate.plan(
                        pool(List.of("email"), List.of("email")),
                        VERIFIED,
                        List.of(
                                new Attribute("email", "new@example.com"),
                                new Attribute("email_verified", "true")));

        assertThat(plan.set())
                .containsEntry("email", "new@example.com")
                .containsEntry("email_verified", "true");
        assertThat(plan.codes()).isEmpty();
    }
}
