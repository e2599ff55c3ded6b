package io.cognate.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.SerializationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ServiceModel COGNITO =
            ServiceModel.fromClasspath("cognito-idp-2016-04-18.service.json");
    private static final ServiceModel STS =
            ServiceModel.fromClasspath("sts-2011-06-15.service.json");
    private static final ServiceModel TYPES =
            ServiceModel.fromClasspath("cognate-test-2020-01-01.service.json");

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void valid(ServiceModel model, String operation, String body) {
        assertThatCode(() -> validate(model, operation, json(body))).doesNotThrowAnyException();
    }

    static void invalid(ServiceModel model, String operation, String body, String message) {
        assertThatThrownBy(() -> validate(model, operation, json(body)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage(message);
    }

    static void malformed(ServiceModel model, String operation, JsonNode body) {
        assertThatThrownBy(() -> validate(model, operation, body))
                .isInstanceOf(SerializationException.class);
    }

    static void validate(ServiceModel model, String operation, JsonNode body) {
        new ModelValidator(model).validate(model.operation(operation).orElseThrow(), body);
    }

    @Nested
    class CreateUserPool {

        @Test
        void validateWhenPoolNameMissingThenNotNullViolation() {
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{}",
                    "1 validation error detected: Value null at 'poolName' failed to satisfy"
                            + " constraint: Member must not be null");
        }

        @Test
        void validateWhenMapValueNullThenEntryDroppedAsAbsent() {
            var body =
                    json(
                            "{'ClientId': 'abc', 'AuthFlow': 'REFRESH_TOKEN_AUTH',"
                                    + " 'AuthParameters': {'REFRESH_TOKEN': 'x', 'DEVICE_KEY':"
                                    + " null}}");

            assertThatCode(() -> validate(COGNITO, "InitiateAuth", body))
                    .doesNotThrowAnyException();
            assertThat(body.get("AuthParameters").has("DEVICE_KEY")).isFalse();
            assertThat(body.get("AuthParameters").get("REFRESH_TOKEN").asText()).isEqualTo("x");
        }

        @Test
        void validateWhenPoolNameExplicitlyNullThenNotNullViolation() {
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName': null}",
                    "1 validation error detected: Value null at 'poolName' failed to satisfy"
                            + " constraint: Member must not be null");
        }

        @Test
        void validateWhenPoolNameTooLongThenMaxLengthViolation() {
            String name = "a".repeat(129);
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName': '" + name + "'}",
                    "1 validation error detected: Value '"
                            + name
                            + "' at 'poolName' failed to satisfy constraint: Member must have"
                            + " length less than or equal to 128");
        }

        @Test
        void validateWhenPoolNameBadThenPatternViolation() {
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName': 'my/pool'}",
                    "1 validation error detected: Value 'my/pool' at 'poolName' failed to satisfy"
                            + " constraint: Member must satisfy regular expression pattern:"
                            + " [\\w\\s+=,.@-]+");
        }

        @Test
        void validateWhenPoolNameEmptyThenPatternAndLengthViolations() {
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName': ''}",
                    "2 validation errors detected: Value '' at 'poolName' failed to satisfy"
                            + " constraint: Member must satisfy regular expression pattern:"
                            + " [\\w\\s+=,.@-]+; Value '' at 'poolName' failed to satisfy constraint:"
                            + " Member must have length greater than or equal to 1");
        }

        @Test
        void validateWhenMinimumLengthOutOfRangeThenNestedPath() {
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName': 'p', 'Policies': {'PasswordPolicy': {'MinimumLength': 5}}}",
                    "1 validation error detected: Value '5' at"
                            + " 'policies.passwordPolicy.minimumLength' failed to satisfy"
                            + " constraint: Member must have value greater than or equal to 6");
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName': 'p', 'Policies': {'PasswordPolicy': {'MinimumLength': 100}}}",
                    "1 validation error detected: Value '100' at"
                            + " 'policies.passwordPolicy.minimumLength' failed to satisfy"
                            + " constraint: Member must have value less than or equal to 99");
        }

        @Test
        void validateWhenMfaConfigurationUnknownThenEnumViolation() {
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName': 'p', 'MfaConfiguration': 'SOMETIMES'}",
                    "1 validation error detected: Value 'SOMETIMES' at 'mfaConfiguration' failed"
                            + " to satisfy constraint: Member must satisfy enum value set: [OFF,"
                            + " ON, OPTIONAL]");
        }

        @Test
        void validateWhenSeveralViolationsThenAllListedInModelOrder() {
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'MfaConfiguration': 'no', 'Policies': {'PasswordPolicy': {'MinimumLength':"
                            + " 1}}}",
                    "3 validation errors detected: Value null at 'poolName' failed to satisfy"
                            + " constraint: Member must not be null; Value '1' at"
                            + " 'policies.passwordPolicy.minimumLength' failed to satisfy constraint:"
                            + " Member must have value greater than or equal to 6; Value 'no' at"
                            + " 'mfaConfiguration' failed to satisfy constraint: Member must satisfy"
                            + " enum value set: [OFF, ON, OPTIONAL]");
        }

        @Test
        void validateWhenListItemInvalidThenOneBasedMemberPath() {
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName': 'p', 'Schema': [{'Name': 'ok'}, {'Name': 'not ok'}],"
                            + " 'AutoVerifiedAttributes': ['email', 'fax']}",
                    "2 validation errors detected: Value 'fax' at"
                            + " 'autoVerifiedAttributes.2.member' failed to satisfy constraint: Member"
                            + " must satisfy enum value set: [phone_number, email]; Value 'not ok' at"
                            + " 'schema.2.member.name' failed to satisfy constraint: Member must"
                            + " satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
        }

        @Test
        void validateWhenListEmptyThenLengthViolation() {
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName': 'p', 'Schema': []}",
                    "1 validation error detected: Value '[]' at 'schema' failed to satisfy"
                            + " constraint: Member must have length greater than or equal to 1");
        }

        @Test
        void validateWhenMapKeyTooLongThenMapKeysViolation() {
            String key = "k".repeat(129);
            invalid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName': 'p', 'UserPoolTags': {'" + key + "': 'v'}}",
                    "1 validation error detected: Value '"
                            + key
                            + "' at 'userPoolTags' failed to satisfy constraint: Map keys must"
                            + " satisfy constraint: [Member must have length less than or equal"
                            + " to 128]");
        }

        @Test
        void validateWhenValidAndUnknownMembersThenAccepted() {
            valid(
                    COGNITO,
                    "CreateUserPool",
                    "{'PoolName': 'my pool', 'Unknown': {'Deep': [1]}, 'Policies':"
                            + " {'PasswordPolicy': {'MinimumLength': 8, 'RequireUppercase': true}},"
                            + " 'Schema': [{'Name': 'tenant', 'AttributeDataType': 'String',"
                            + " 'Mutable': true}], 'UserPoolTags': {'team': 'identity'}}");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "[]",
                    "'x'",
                    "null",
                    "{'PoolName': 5}",
                    "{'PoolName': ['p']}",
                    "{'PoolName': 'p', 'Policies': 'strict'}",
                    "{'PoolName': 'p', 'Policies': {'PasswordPolicy': {'MinimumLength': '8'}}}",
                    "{'PoolName': 'p', 'Policies': {'PasswordPolicy': {'MinimumLength': 8.5}}}",
                    "{'PoolName': 'p', 'Policies': {'PasswordPolicy': {'MinimumLength':"
                            + " 99999999999}}}",
                    "{'PoolName': 'p', 'Policies': {'PasswordPolicy': {'RequireUppercase':"
                            + " 'true'}}}",
                    "{'PoolName': 'p', 'Schema': {'Name': 'x'}}",
                    "{'PoolName': 'p', 'Schema': [null]}",
                    "{'PoolName': 'p', 'UserPoolTags': ['a']}",
                    "{'PoolName': 'p', 'UserPoolTags': {'a': 1}}"
                })
        void validateWhenTypesMismatchThenSerializationException(String body) {
            malformed(COGNITO, "CreateUserPool", json(body));
        }

        @Test
        void validateWhenTypeMismatchThenMessageNamesPathAndTypes() {
            assertThatThrownBy(
                            () ->
                                    validate(
                                            COGNITO,
                                            "CreateUserPool",
                                            json(
                                                    "{'PoolName': 'p', 'Policies':"
                                                            + " {'PasswordPolicy': {'MinimumLength':"
                                                            + " '8'}}}")))
                    .isInstanceOf(SerializationException.class)
                    .hasMessage(
                            "Expected a 32-bit integer at 'policies.passwordPolicy.minimumLength'"
                                    + " but found string.");
        }
    }

    @Nested
    class SensitiveMembers {

        @Test
        void validateWhenSensitivePasswordInvalidThenValueNeverEchoed() {
            String password = "hunter2 with spaces" + "x".repeat(300);
            assertThatThrownBy(
                            () ->
                                    validate(
                                            COGNITO,
                                            "SignUp",
                                            json(
                                                    "{'ClientId': 'client1', 'Username': 'alice',"
                                                            + " 'Password': '"
                                                            + password
                                                            + "'}")))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessage(
                            "2 validation errors detected: Value at 'password' failed to satisfy"
                                    + " constraint: Member must satisfy regular expression pattern:"
                                    + " [\\S]+; Value at 'password' failed to satisfy constraint:"
                                    + " Member must have length less than or equal to 256")
                    .message()
                    .doesNotContain("hunter2");
        }

        @Test
        void validateWhenSensitiveListItemsInvalidThenRedacted() {
            assertThatThrownBy(
                            () ->
                                    validate(
                                            TYPES,
                                            "PutThing",
                                            json("{'Secrets': ['zzsecret', 'q']}")))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessage(
                            "2 validation errors detected: Value '[*** Sensitive Data Redacted ***,"
                                    + " *** Sensitive Data Redacted ***]' at 'secrets' failed to"
                                    + " satisfy constraint: Member must have length less than or equal"
                                    + " to 1; Value at 'secrets.2.member' failed to satisfy"
                                    + " constraint: Member must have length greater than or equal to"
                                    + " 2");
        }

        @Test
        void validateWhenWebIdentityTokenTooShortThenTokenNeverEchoed() {
            assertThatThrownBy(
                            () ->
                                    validate(
                                            STS,
                                            "AssumeRoleWithWebIdentity",
                                            json(
                                                    "{'RoleArn':"
                                                            + " 'arn:aws:iam::123456789012:role/r',"
                                                            + " 'RoleSessionName': 'alice',"
                                                            + " 'WebIdentityToken': 'zq7'}")))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessage(
                            "1 validation error detected: Value at 'webIdentityToken' failed to"
                                    + " satisfy constraint: Member must have length greater than"
                                    + " or equal to 4");
        }
    }

    @Nested
    class Sts {

        @Test
        void validateWhenAssumeRoleWithWebIdentityViolatesSeveralThenAllListed() {
            invalid(
                    STS,
                    "AssumeRoleWithWebIdentity",
                    "{'RoleArn': 'arn:aws:iam::123456789012:role/r', 'RoleSessionName': 'bad"
                            + " name', 'DurationSeconds': 100}",
                    "3 validation errors detected: Value 'bad name' at 'roleSessionName' failed to"
                            + " satisfy constraint: Member must satisfy regular expression pattern:"
                            + " [\\w+=,.@-]*; Value null at 'webIdentityToken' failed to satisfy"
                            + " constraint: Member must not be null; Value '100' at 'durationSeconds'"
                            + " failed to satisfy constraint: Member must have value greater than or"
                            + " equal to 900");
        }

        @Test
        void validateWhenTagMissingValueThenNestedListPath() {
            invalid(
                    STS,
                    "AssumeRole",
                    "{'RoleArn': 'arn:aws:iam::123456789012:role/r', 'RoleSessionName': 's',"
                            + " 'Tags': [{'Key': 'team'}]}",
                    "2 validation errors detected: Value 's' at 'roleSessionName' failed to"
                            + " satisfy constraint: Member must have length greater than or equal to"
                            + " 2; Value null at 'tags.1.member.value' failed to satisfy constraint:"
                            + " Member must not be null");
        }

        @Test
        void validateWhenOperationHasEmptyInputThenAnyObjectAccepted() {
            valid(STS, "GetCallerIdentity", "{'Anything': 1}");
        }
    }

    @Nested
    class ScalarTypes {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "{'When': 1700000000}",
                    "{'When': 1700000000.123}",
                    "{'When': '2026-11-26T03:00:00Z'}",
                    "{'Data': 'aGVsbG8='}",
                    "{'Big': 10000000000}",
                    "{'Flag': false}",
                    "{'Ratio': 0.25}",
                    "{'Free': [1, {'a': null}]}",
                    "{'Free': 'text'}",
                    "{'Odd': 'a pattern that does not compile is not enforced'}",
                    "{'Attributes': {'a': 'x', 'abc': 'y'}}"
                })
        void validateWhenWellTypedThenAccepted(String body) {
            valid(TYPES, "PutThing", body);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "{'When': 'yesterday'}",
                    "{'When': true}",
                    "{'When': 1e300}",
                    "{'Data': 'not base64!'}",
                    "{'Data': 5}",
                    "{'Big': '5'}",
                    "{'Big': 1.5}",
                    "{'Big': 1180591620717411303424}",
                    "{'Flag': 'true'}",
                    "{'Flag': 1}",
                    "{'Ratio': 'half'}"
                })
        void validateWhenMistypedThenSerializationException(String body) {
            malformed(TYPES, "PutThing", json(body));
        }

        @Test
        void validateWhenLongAboveMaxThenValueViolation() {
            invalid(
                    TYPES,
                    "PutThing",
                    "{'Big': 10000000001}",
                    "1 validation error detected: Value '10000000001' at 'big' failed to satisfy"
                            + " constraint: Member must have value less than or equal to"
                            + " 10000000000");
        }

        @Test
        void validateWhenMapViolatesSizeKeysAndValuesThenEachReported() {
            invalid(
                    TYPES,
                    "PutThing",
                    "{'Attributes': {'a': 'x', 'long': 'y', 'c': 'UPPER'}}",
                    "3 validation errors detected: Value '{a=x, long=y, c=UPPER}' at 'attributes'"
                            + " failed to satisfy constraint: Member must have length less than or"
                            + " equal to 2; Value 'long' at 'attributes' failed to satisfy"
                            + " constraint: Map keys must satisfy constraint: [Member must have length"
                            + " less than or equal to 3]; Value 'UPPER' at 'attributes.c' failed to"
                            + " satisfy constraint: Member must satisfy regular expression pattern:"
                            + " [a-z]+");
        }

        @Test
        void validateWhenOperationHasNoInputThenOnlyObjectRequired() {
            valid(TYPES, "Ping", "{'x': 1}");
            malformed(TYPES, "Ping", json("[]"));
        }

        @Test
        void validateWhenBodyNullOrMissingThenTreatedAsEmpty() {
            assertThatCode(() -> validate(TYPES, "PutThing", null)).doesNotThrowAnyException();
            assertThatThrownBy(() -> validate(COGNITO, "CreateUserPool", null))
                    .isInstanceOf(InvalidParameterException.class);
        }
    }
}
