package io.cognate.userpool.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeRulesTest {

    private static final PoolRules POOL =
            new PoolRules(
                    "us-east-1_test",
                    false,
                    List.of(),
                    List.of(),
                    Map.of(
                            "sub", attribute("String", false, true, false),
                            "email", attribute("String", true, true, false),
                            "email_verified", attribute("Boolean", true, false, false),
                            "birthdate",
                                    withLimits(
                                            attribute("String", true, false, false),
                                            "StringAttributeConstraints",
                                            Map.of("MinLength", "10", "MaxLength", "10")),
                            "custom:level",
                                    withLimits(
                                            attribute("Number", true, false, false),
                                            "NumberAttributeConstraints",
                                            Map.of("MinValue", "1", "MaxValue", "9")),
                            "custom:tier", attribute("String", false, false, false),
                            "custom:secret", attribute("String", true, false, true)),
                    Map.of());

    @Test
    void forCreateWhenAttributesFitTheSchemaThenLaterDuplicatesWin() {
        Map<String, String> attributes =
                AttributeRules.forCreate(
                        POOL,
                        List.of(
                                new Attribute("email", "a@example.com"),
                                new Attribute("custom:tier", "gold"),
                                new Attribute("email", "b@example.com")),
                        AttributeRules.Writer.ADMIN);

        assertThat(attributes)
                .containsExactly(
                        Map.entry("email", "b@example.com"), Map.entry("custom:tier", "gold"));
    }

    @Test
    void forCreateWhenAttributeBreaksTheSchemaThenCognitoWording() {
        assertRefused(
                create("custom:nope", "x"), "custom:nope: Attribute does not exist in the schema.");
        assertRefused(
                create("birthdate", "1990"),
                "birthdate: String must be no shorter than 10 characters");
        assertRefused(
                create("custom:level", "10"), "custom:level: Number must be no greater than 9");
        assertRefused(create("custom:level", "high"), "custom:level: Number must be a number");
        assertRefused(
                create("email_verified", "yes"),
                "email_verified: Attribute value must be true or false");
        assertThatThrownBy(
                        () ->
                                AttributeRules.forCreate(
                                        POOL,
                                        List.of(new Attribute("email", "nope")),
                                        AttributeRules.Writer.ADMIN))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("Invalid email address format.");
    }

    @Test
    void requireCompleteWhenRequiredAttributeMissingThenRefused() {
        assertThatThrownBy(() -> AttributeRules.requireComplete(POOL, Map.of()))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage(AttributeRules.SCHEMA + "email: The attribute is required");
    }

    @Test
    void forUpdateWhenImmutableOrSubThenRefused() {
        assertThatThrownBy(
                        () ->
                                AttributeRules.forUpdate(
                                        POOL,
                                        List.of(new Attribute("custom:tier", "x")),
                                        AttributeRules.Writer.ADMIN))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("custom:tier: Attribute cannot be updated.");
        assertThatThrownBy(
                        () ->
                                AttributeRules.forCreate(
                                        POOL,
                                        List.of(new Attribute("sub", "x")),
                                        AttributeRules.Writer.ADMIN))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("sub: Attribute cannot be updated.");
    }

    @Test
    void writeWhenDeveloperOnlyThenAdministratorsMayAndUsersMayNot() {
        List<Attribute> secret = List.of(new Attribute("custom:secret", "s"));

        assertThat(AttributeRules.forUpdate(POOL, secret, AttributeRules.Writer.ADMIN))
                .containsEntry("custom:secret", "s");
        assertThatThrownBy(() -> AttributeRules.forUpdate(POOL, secret, AttributeRules.Writer.USER))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("A client attempted to write unauthorized attribute");
    }

    @Test
    void checkDeletableWhenRequiredThenRefused() {
        assertThatThrownBy(
                        () ->
                                AttributeRules.checkDeletable(
                                        POOL, List.of("email"), AttributeRules.Writer.ADMIN))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("email: The attribute is required");
    }

    private static Runnable create(String name, String value) {
        return () ->
                AttributeRules.forCreate(
                        POOL, List.of(new Attribute(name, value)), AttributeRules.Writer.ADMIN);
    }

    private static void assertRefused(Runnable call, String detail) {
        assertThatThrownBy(call::run)
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage(AttributeRules.SCHEMA + detail);
    }

    private static Map<String, Object> attribute(
            String type, boolean mutable, boolean required, boolean developerOnly) {
        return Map.of(
                "AttributeDataType", type,
                "Mutable", mutable,
                "Required", required,
                "DeveloperOnlyAttribute", developerOnly);
    }

    private static Map<String, Object> withLimits(
            Map<String, Object> attribute, String member, Map<String, String> limits) {
        var copy = new java.util.HashMap<>(attribute);
        copy.put(member, limits);
        return copy;
    }
}
