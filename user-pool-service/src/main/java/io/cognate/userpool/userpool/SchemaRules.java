package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The Schema rules the model cannot express: a standard attribute keeps its data type, and length
 * or value constraints are numbers with the minimum not above the maximum. Strings hold at most
 * 2,048 characters, Cognito's attribute value size.
 */
final class SchemaRules {

    static final BigInteger MAX_STRING_LENGTH = BigInteger.valueOf(2048);

    private SchemaRules() {}

    /** A request item that adjusts a standard attribute may change its flags, never its type. */
    static void requireCompatibleWithStandard(JsonNode standard, JsonNode item) {
        String name = standard.get("Name").asText();
        String type = standard.get("AttributeDataType").asText();
        if (item.has("AttributeDataType") && !item.get("AttributeDataType").asText().equals(type)) {
            throw new InvalidParameterException(
                    "The data type of standard attribute "
                            + name
                            + " is "
                            + type
                            + " and cannot be changed.");
        }
        requireConsistentConstraints(name, type, item);
    }

    /**
     * The constraints that apply to the attribute's type are well formed; constraints of the other
     * kind do not apply and are left as given.
     */
    static void requireConsistentConstraints(String name, String type, JsonNode item) {
        if ("String".equals(type) && item.has("StringAttributeConstraints")) {
            JsonNode lengths = item.get("StringAttributeConstraints");
            BigInteger min = length(name, "MinLength", lengths);
            BigInteger max = length(name, "MaxLength", lengths);
            if (max != null && max.compareTo(MAX_STRING_LENGTH) > 0) {
                throw invalid(name, "MaxLength must be at most " + MAX_STRING_LENGTH + ".");
            }
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw invalid(name, "MinLength must not be greater than MaxLength.");
            }
        }
        if ("Number".equals(type) && item.has("NumberAttributeConstraints")) {
            JsonNode values = item.get("NumberAttributeConstraints");
            BigDecimal min = number(name, "MinValue", values);
            BigDecimal max = number(name, "MaxValue", values);
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw invalid(name, "MinValue must not be greater than MaxValue.");
            }
        }
    }

    private static BigInteger length(String name, String member, JsonNode constraints) {
        JsonNode value = constraints.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            BigInteger length = new BigInteger(value.asText().trim());
            if (length.signum() < 0) {
                throw invalid(name, member + " must not be negative.");
            }
            return length;
        } catch (NumberFormatException e) {
            throw invalid(name, member + " must be a whole number.");
        }
    }

    private static BigDecimal number(String name, String member, JsonNode constraints) {
        JsonNode value = constraints.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            throw invalid(name, member + " must be a number.");
        }
    }

    private static InvalidParameterException invalid(String name, String problem) {
        return new InvalidParameterException(
                "Invalid constraints for attribute " + name + ": " + problem);
    }
}
