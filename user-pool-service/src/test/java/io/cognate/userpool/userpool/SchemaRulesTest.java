package io.cognate.userpool.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.json.AwsJson;
import org.junit.jupiter.api.Test;

class SchemaRulesTest {

    @Test
    void mergeWhenStandardAttributeTypeChangedThenRefused() {
        assertThatThrownBy(
                        () ->
                                StandardSchema.merge(
                                        json(
                                                "[{\"Name\":\"email\","
                                                        + "\"AttributeDataType\":\"Number\"}]")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("standard attribute email is String");
    }

    @Test
    void mergeWhenStandardAttributeKeepsItsTypeThenFlagsAndLengthsApply() {
        ArrayNode schema =
                StandardSchema.merge(
                        json(
                                "[{\"Name\":\"email\",\"AttributeDataType\":\"String\","
                                        + "\"Required\":true,\"StringAttributeConstraints\":"
                                        + "{\"MinLength\":\"5\",\"MaxLength\":\"320\"}}]"));

        JsonNode email = attribute(schema, "email");
        assertThat(email.get("Required").asBoolean()).isTrue();
        assertThat(email.at("/StringAttributeConstraints/MaxLength").asText()).isEqualTo("320");
    }

    @Test
    void mergeWhenStringMinimumAboveMaximumThenRefused() {
        assertThatThrownBy(
                        () ->
                                StandardSchema.merge(
                                        json(
                                                "[{\"Name\":\"tier\",\"StringAttributeConstraints\":"
                                                        + "{\"MinLength\":\"9\",\"MaxLength\":\"3\"}}]")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage(
                        "Invalid constraints for attribute custom:tier: MinLength must not be"
                                + " greater than MaxLength.");
    }

    @Test
    void mergeWhenStringLongerThanAttributeValueLimitThenRefused() {
        assertThatThrownBy(
                        () ->
                                StandardSchema.merge(
                                        json(
                                                "[{\"Name\":\"bio\",\"StringAttributeConstraints\":"
                                                        + "{\"MaxLength\":\"2049\"}}]")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("MaxLength must be at most 2048");
    }

    @Test
    void mergeWhenLengthNotANumberThenRefused() {
        assertThatThrownBy(
                        () ->
                                StandardSchema.merge(
                                        json(
                                                "[{\"Name\":\"bio\",\"StringAttributeConstraints\":"
                                                        + "{\"MinLength\":\"-1\"}}]")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(
                        () ->
                                StandardSchema.merge(
                                        json(
                                                "[{\"Name\":\"bio\",\"StringAttributeConstraints\":"
                                                        + "{\"MinLength\":\"ten\"}}]")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("must be a whole number");
    }

    @Test
    void mergeWhenNumberMinimumAboveMaximumThenRefused() {
        assertThatThrownBy(
                        () ->
                                StandardSchema.merge(
                                        json(
                                                "[{\"Name\":\"age\",\"AttributeDataType\":\"Number\","
                                                        + "\"NumberAttributeConstraints\":"
                                                        + "{\"MinValue\":\"10\",\"MaxValue\":\"1.5\"}}]")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("MinValue must not be greater than MaxValue");
    }

    @Test
    void mergeWhenConstraintsOfTheOtherKindGivenThenTheyDoNotApply() {
        assertThatCode(
                        () ->
                                StandardSchema.merge(
                                        json(
                                                "[{\"Name\":\"flag\",\"AttributeDataType\":\"Boolean\","
                                                        + "\"StringAttributeConstraints\":"
                                                        + "{\"MinLength\":\"9\",\"MaxLength\":\"3\"}}]")))
                .doesNotThrowAnyException();
    }

    @Test
    void mergeWhenNameRepeatedThenRefused() {
        assertThatThrownBy(
                        () ->
                                StandardSchema.merge(
                                        json("[{\"Name\":\"tier\"},{\"Name\":\"custom:tier\"}]")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("custom:tier more than once");
    }

    static ArrayNode json(String text) {
        try {
            return (ArrayNode) AwsJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode attribute(ArrayNode schema, String name) {
        for (JsonNode attribute : schema) {
            if (attribute.get("Name").asText().equals(name)) {
                return attribute;
            }
        }
        throw new AssertionError("no attribute " + name);
    }
}
