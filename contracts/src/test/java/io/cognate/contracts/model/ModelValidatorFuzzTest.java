package io.cognate.contracts.model;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.SerializationException;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random bodies, some shaped like the model and some not, must only ever produce the two AWS
 * errors.
 */
class ModelValidatorFuzzTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> STRINGS =
            List.of(
                    "",
                    "a",
                    "ok_name",
                    " ",
                    "x".repeat(300),
                    "\uD83D\uDE00",
                    "\uD800",
                    "<&>\"'\u0000");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cognito-idp-2016-04-18.service.json",
                "cognito-identity-2014-06-30.service.json",
                "sts-2011-06-15.service.json",
                "cognate-test-2020-01-01.service.json"
            })
    void validateWhenRandomBodiesThenOnlyAwsErrors(String file) {
        ServiceModel model = ServiceModel.fromClasspath(file);
        ModelValidator validator = new ModelValidator(model);
        Random random = new Random(file.hashCode());
        List<String> operations = model.operationNames().stream().sorted().toList();
        for (int i = 0; i < 4000; i++) {
            OperationModel operation =
                    model.operation(operations.get(random.nextInt(operations.size())))
                            .orElseThrow();
            JsonNode body =
                    operation.inputShape() == null || random.nextInt(10) == 0
                            ? anyJson(random, 3)
                            : shaped(Shape.of(model, operation.inputShape()), random, 0);
            try {
                validator.validate(operation, body);
            } catch (InvalidParameterException | SerializationException expected) {
                // the only two answers allowed
            } catch (RuntimeException | StackOverflowError e) {
                fail(operation.name() + " threw " + e + " for " + body, e);
            }
        }
    }

    /** Mostly well-typed values for the shape, with the odd wrong type mixed in. */
    private static JsonNode shaped(Shape shape, Random random, int depth) {
        if (random.nextInt(12) == 0 || depth > 8) {
            return anyJson(random, 2);
        }
        switch (shape.type()) {
            case "structure" -> {
                ObjectNode object = JSON.objectNode();
                shape.members()
                        .forEach(
                                (name, member) -> {
                                    if (random.nextInt(10) < 6) {
                                        object.set(name, shaped(member, random, depth + 1));
                                    }
                                });
                return object;
            }
            case "list" -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(shaped(shape.listMember(), random, depth + 1));
                }
                return array;
            }
            case "map" -> {
                ObjectNode object = JSON.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(pick(STRINGS, random), shaped(shape.mapValue(), random, depth + 1));
                }
                return object;
            }
            case "string" -> {
                List<String> values = shape.enumValues();
                return JSON.textNode(
                        !values.isEmpty() && random.nextBoolean()
                                ? pick(values, random)
                                : pick(STRINGS, random));
            }
            case "integer", "long" -> {
                return JSON.numberNode(
                        pick(
                                List.of(
                                        0L,
                                        -1L,
                                        6L,
                                        900L,
                                        3600L,
                                        (long) Integer.MAX_VALUE + 1,
                                        Long.MIN_VALUE),
                                random));
            }
            case "boolean" -> {
                return JSON.booleanNode(random.nextBoolean());
            }
            case "timestamp" -> {
                return random.nextBoolean()
                        ? JSON.numberNode(1.7e9)
                        : JSON.textNode("2026-11-26T03:00:00Z");
            }
            default -> {
                return JSON.textNode(random.nextBoolean() ? "aGVsbG8=" : "%%");
            }
        }
    }

    private static JsonNode anyJson(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> JSON.numberNode(random.nextLong());
            case 3 -> JSON.numberNode(random.nextDouble() * 1e20);
            case 4 -> JSON.numberNode(BigInteger.TWO.pow(80));
            case 5, 6 -> JSON.textNode(pick(STRINGS, random));
            case 7 -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(anyJson(random, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = JSON.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    object.set(pick(STRINGS, random), anyJson(random, depth - 1));
                }
                yield object;
            }
        };
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
