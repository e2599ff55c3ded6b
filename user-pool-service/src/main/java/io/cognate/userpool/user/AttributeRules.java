package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks user attributes against the pool's {@code SchemaAttributes}: names, types, lengths,
 * mutability, required and developer-only attributes, with Cognito's wording.
 */
final class AttributeRules {

    /** Who writes: administrators may write developer-only attributes, users may not. */
    enum Writer {
        ADMIN,
        USER
    }

    static final String SCHEMA = "Attributes did not conform to the schema: ";
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("\\+[0-9]{2,15}");

    private AttributeRules() {}

    /** The attributes of a new user, later duplicates winning, each checked against the schema. */
    static Map<String, String> forCreate(PoolRules pool, List<Attribute> given, Writer writer) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Attribute attribute : given == null ? List.<Attribute>of() : given) {
            Map<String, Object> schema = known(pool, attribute.name());
            if (attribute.name().equals("sub")) {
                throw immutable("sub");
            }
            checkWritable(schema, attribute.name(), writer);
            attributes.put(attribute.name(), checkValue(schema, attribute));
        }
        return attributes;
    }

    /** Every required attribute is present (sub is the key, never an attribute). */
    static void requireComplete(PoolRules pool, Map<String, String> attributes) {
        pool.schema()
                .forEach(
                        (name, schema) -> {
                            if (!name.equals("sub")
                                    && schema.get("Required") == Boolean.TRUE
                                    && !attributes.containsKey(name)) {
                                throw new InvalidParameterException(
                                        SCHEMA + name + ": The attribute is required");
                            }
                        });
    }

    /** Attributes an existing user's update sets; immutable ones are refused. */
    static Map<String, String> forUpdate(PoolRules pool, List<Attribute> given, Writer writer) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Attribute attribute : given) {
            Map<String, Object> schema = known(pool, attribute.name());
            if (schema.get("Mutable") != Boolean.TRUE) {
                throw immutable(attribute.name());
            }
            checkWritable(schema, attribute.name(), writer);
            attributes.put(attribute.name(), checkValue(schema, attribute));
        }
        return attributes;
    }

    /** Names an AdminDeleteUserAttributes may remove: known, mutable and not required. */
    static void checkDeletable(PoolRules pool, Collection<String> names, Writer writer) {
        for (String name : names) {
            Map<String, Object> schema = known(pool, name);
            if (schema.get("Required") == Boolean.TRUE) {
                throw new InvalidParameterException(SCHEMA + name + ": The attribute is required");
            }
            if (schema.get("Mutable") != Boolean.TRUE) {
                throw immutable(name);
            }
            checkWritable(schema, name, writer);
        }
    }

    private static Map<String, Object> known(PoolRules pool, String name) {
        Map<String, Object> schema = pool.schema().get(name);
        if (schema == null) {
            throw new InvalidParameterException(
                    SCHEMA + name + ": Attribute does not exist in the schema.");
        }
        return schema;
    }

    private static void checkWritable(Map<String, Object> schema, String name, Writer writer) {
        if (writer == Writer.USER && schema.get("DeveloperOnlyAttribute") == Boolean.TRUE) {
            throw new InvalidParameterException(
                    "A client attempted to write unauthorized attribute");
        }
    }

    private static String checkValue(Map<String, Object> schema, Attribute attribute) {
        String name = attribute.name();
        String value = attribute.value() == null ? "" : attribute.value();
        if (name.equals("email") && !EMAIL.matcher(value).matches()) {
            throw new InvalidParameterException("Invalid email address format.");
        }
        if (name.equals("phone_number") && !PHONE.matcher(value).matches()) {
            throw new InvalidParameterException("Invalid phone number format.");
        }
        switch (String.valueOf(schema.get("AttributeDataType"))) {
            case "Boolean" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new InvalidParameterException(
                            SCHEMA + name + ": Attribute value must be true or false");
                }
            }
            case "Number" -> checkNumber(schema, name, value);
            default -> checkLength(schema, name, value);
        }
        return value;
    }

    private static void checkLength(Map<String, Object> schema, String name, String value) {
        Map<String, Object> limits = PoolRules.section(schema, "StringAttributeConstraints");
        int length = value.codePointCount(0, value.length());
        Integer max = integer(limits.get("MaxLength"));
        Integer min = integer(limits.get("MinLength"));
        if (max != null && length > max) {
            throw new InvalidParameterException(
                    SCHEMA + name + ": String must be no longer than " + max + " characters");
        }
        if (min != null && length < min) {
            throw new InvalidParameterException(
                    SCHEMA + name + ": String must be no shorter than " + min + " characters");
        }
    }

    private static void checkNumber(Map<String, Object> schema, String name, String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(SCHEMA + name + ": Number must be a number");
        }
        Map<String, Object> limits = PoolRules.section(schema, "NumberAttributeConstraints");
        Integer max = integer(limits.get("MaxValue"));
        Integer min = integer(limits.get("MinValue"));
        if (max != null && number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidParameterException(
                    SCHEMA + name + ": Number must be no greater than " + max);
        }
        if (min != null && number.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw new InvalidParameterException(
                    SCHEMA + name + ": Number must be no less than " + min);
        }
    }

    private static InvalidParameterException immutable(String name) {
        return new InvalidParameterException(
                SCHEMA + name + ": Attribute cannot be updated. (changing an immutable attribute)");
    }

    private static Integer integer(Object value) {
        try {
            return value == null ? null : Integer.valueOf(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
