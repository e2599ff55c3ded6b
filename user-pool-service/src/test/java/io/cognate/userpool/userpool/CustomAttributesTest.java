package io.cognate.userpool.userpool;

import static io.cognate.userpool.userpool.SchemaRulesTest.attribute;
import static io.cognate.userpool.userpool.SchemaRulesTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import org.junit.jupiter.api.Test;

class CustomAttributesTest {

    @Test
    void defineWhenDeveloperOnlyThenNamedWithDevPrefix() {
        ArrayNode schema =
                StandardSchema.merge(
                        json("[{\"Name\":\"score\",\"DeveloperOnlyAttribute\":true}]"));

        assertThat(attribute(schema, "dev:score").get("DeveloperOnlyAttribute").asBoolean())
                .isTrue();
    }

    @Test
    void defineWhenOnlyNameGivenThenMutableStringThatIsNotRequired() {
        ArrayNode schema = StandardSchema.merge(json("[{\"Name\":\"custom:tenant\"}]"));

        var tenant = attribute(schema, "custom:tenant");
        assertThat(tenant.get("AttributeDataType").asText()).isEqualTo("String");
        assertThat(tenant.get("Mutable").asBoolean()).isTrue();
        assertThat(tenant.get("Required").asBoolean()).isFalse();
    }

    @Test
    void defineWhenRequiredThenRefusedWithCognitoWording() {
        assertThatThrownBy(
                        () -> StandardSchema.merge(json("[{\"Name\":\"plan\",\"Required\":true}]")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("Required custom attributes are not supported currently.");
    }

    @Test
    void appendWhenNameAlreadyTakenThenRefused() {
        ArrayNode schema = StandardSchema.merge(json("[{\"Name\":\"plan\"}]"));

        assertThatThrownBy(() -> CustomAttributes.append(schema, json("[{\"Name\":\"plan\"}]")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("Existing attribute already has name custom:plan.");
    }

    @Test
    void appendWhenStandardNameGivenThenItBecomesACustomAttribute() {
        ArrayNode schema = StandardSchema.merge(null);

        ArrayNode appended = CustomAttributes.append(schema, json("[{\"Name\":\"email\"}]"));

        assertThat(appended).hasSize(schema.size() + 1);
        assertThat(attribute(appended, "custom:email")).isNotNull();
    }

    @Test
    void appendWhenFiftyFirstCustomAttributeThenRefused() {
        ArrayNode schema = StandardSchema.merge(null);
        for (int i = 0; i < CustomAttributes.MAX_PER_POOL; i++) {
            schema = CustomAttributes.append(schema, json("[{\"Name\":\"a" + i + "\"}]"));
        }
        ArrayNode full = schema;

        assertThatThrownBy(() -> CustomAttributes.append(full, json("[{\"Name\":\"one_more\"}]")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("at most 50 custom attributes");
    }
}
