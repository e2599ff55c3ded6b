package io.cognate.broker.role;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import io.cognate.broker.testing.AwsClients;
import io.cognate.broker.testing.TrustPolicies;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.InvalidInputException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/** The IAM role API through the real AWS SDK v2 {@code IamClient}: every operation and error. */
@QuarkusTest
class RoleApiQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    private IamClient iam;

    @BeforeEach
    void client() {
        iam = AwsClients.iam(endpoint, AwsClients.root());
    }

    @AfterEach
    void close() {
        iam.close();
    }

    @Test
    void createRoleWhenValidThenGetRoleReturnsItAsIamDoes() {
        String name = unique("app-reader");
        Role created =
                iam.createRole(
                                r ->
                                        r.roleName(name)
                                                .path("/app/")
                                                .description("reads the app bucket")
                                                .maxSessionDuration(7200)
                                                .assumeRolePolicyDocument(
                                                        TrustPolicies.trustingAccount())
                                                .tags(tag("team", "identity")))
                        .role();

        assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:role/app/" + name);
        assertThat(created.roleId()).matches("AROA[A-Z2-7]{17}");
        assertThat(created.createDate()).isNotNull();
        Role fetched = iam.getRole(r -> r.roleName(name.toUpperCase())).role();
        assertThat(fetched.roleId()).isEqualTo(created.roleId());
        assertThat(fetched.roleName()).isEqualTo(name);
        assertThat(fetched.path()).isEqualTo("/app/");
        assertThat(fetched.description()).isEqualTo("reads the app bucket");
        assertThat(fetched.maxSessionDuration()).isEqualTo(7200);
        assertThat(fetched.tags()).containsExactly(tag("team", "identity"));
        assertThat(URLDecoder.decode(fetched.assumeRolePolicyDocument(), StandardCharsets.UTF_8))
                .isEqualTo(TrustPolicies.trustingAccount());
    }

    @Test
    void createRoleWhenDefaultsThenRootPathAndOneHour() {
        String name = unique("plain");
        Role role =
                iam.createRole(
                                r ->
                                        r.roleName(name)
                                                .assumeRolePolicyDocument(
                                                        TrustPolicies.trustingAccount()))
                        .role();

        assertThat(role.path()).isEqualTo("/");
        assertThat(role.arn()).isEqualTo("arn:aws:iam::000000000000:role/" + name);
        assertThat(iam.getRole(r -> r.roleName(name)).role().maxSessionDuration()).isEqualTo(3600);
    }

    @Test
    void createRoleWhenNameTakenInAnyCaseThenEntityAlreadyExists() {
        String name = unique("Taken");
        createRole(name);

        assertThatThrownBy(() -> createRole(name.toLowerCase()))
                .isInstanceOf(EntityAlreadyExistsException.class)
                .satisfies(e -> assertThat(((IamException) e).statusCode()).isEqualTo(409))
                .hasMessageContaining("already exists");
    }

    @Test
    void createRoleWhenTrustPolicyIsNotJsonThenMalformedPolicyDocument() {
        assertThatThrownBy(
                        () ->
                                iam.createRole(
                                        r ->
                                                r.roleName(unique("bad"))
                                                        .assumeRolePolicyDocument("{not json")))
                .isInstanceOf(MalformedPolicyDocumentException.class)
                .hasMessageContaining("invalid Json");
    }

    @Test
    void createRoleWhenTrustPolicyHasResourceThenMalformedPolicyDocument() {
        String withResource =
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"AWS\":\"000000000000\"},\"Action\":\"sts:AssumeRole\","
                        + "\"Resource\":\"*\"}}";

        assertThatThrownBy(
                        () ->
                                iam.createRole(
                                        r ->
                                                r.roleName(unique("bad"))
                                                        .assumeRolePolicyDocument(withResource)))
                .isInstanceOf(MalformedPolicyDocumentException.class)
                .hasMessageContaining("Has prohibited field Resource");
    }

    @Test
    void createRoleWhenMaxSessionDurationOutOfRangeThenValidationError() {
        assertThatThrownBy(
                        () ->
                                iam.createRole(
                                        r ->
                                                r.roleName(unique("long"))
                                                        .maxSessionDuration(43201)
                                                        .assumeRolePolicyDocument(
                                                                TrustPolicies.trustingAccount())))
                .isInstanceOf(IamException.class)
                .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationError"))
                .hasMessageContaining("maxSessionDuration");
    }

    @Test
    void createRoleWhenTagKeysRepeatInAnyCaseThenInvalidInput() {
        assertThatThrownBy(
                        () ->
                                iam.createRole(
                                        r ->
                                                r.roleName(unique("tags"))
                                                        .assumeRolePolicyDocument(
                                                                TrustPolicies.trustingAccount())
                                                        .tags(tag("Team", "a"), tag("team", "b"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void getRoleWhenMissingThenNoSuchEntity() {
        assertThatThrownBy(() -> iam.getRole(r -> r.roleName(unique("ghost"))))
                .isInstanceOf(NoSuchEntityException.class)
                .satisfies(e -> assertThat(((IamException) e).statusCode()).isEqualTo(404))
                .hasMessageContaining("cannot be found");
    }

    @Test
    void listRolesWhenMoreThanMaxItemsThenPagesWithMarkerUnderThePathPrefix() {
        String path = "/" + unique("list") + "/";
        List<String> names = new ArrayList<>();
        IntStream.range(0, 3)
                .forEach(
                        i -> {
                            String name =
                                    "r" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
                            names.add(name);
                            iam.createRole(
                                    r ->
                                            r.roleName(name)
                                                    .path(path)
                                                    .assumeRolePolicyDocument(
                                                            TrustPolicies.trustingAccount())
                                                    .tags(tag("k", "v")));
                        });

        ListRolesResponse first = iam.listRoles(r -> r.pathPrefix(path).maxItems(2));
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.roles()).hasSize(2);
        assertThat(first.roles()).allSatisfy(role -> assertThat(role.tags()).isEmpty());
        ListRolesResponse second =
                iam.listRoles(r -> r.pathPrefix(path).maxItems(2).marker(first.marker()));
        assertThat(second.isTruncated()).isFalse();
        assertThat(second.marker()).isNull();
        List<String> listed = new ArrayList<>();
        first.roles().forEach(r -> listed.add(r.roleName()));
        second.roles().forEach(r -> listed.add(r.roleName()));
        assertThat(listed).containsExactlyElementsOf(names.stream().sorted().toList());
    }

    @Test
    void deleteRoleWhenItHasNoPoliciesThenItIsGone() {
        String name = unique("doomed");
        createRole(name);

        iam.deleteRole(r -> r.roleName(name));

        assertThatThrownBy(() -> iam.getRole(r -> r.roleName(name)))
                .isInstanceOf(NoSuchEntityException.class);
        assertThatThrownBy(() -> iam.deleteRole(r -> r.roleName(name)))
                .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void updateAssumeRolePolicyWhenValidThenGetRoleShowsTheNewPolicy() {
        String name = unique("retrust");
        createRole(name);

        iam.updateAssumeRolePolicy(
                r -> r.roleName(name).policyDocument(TrustPolicies.trustingOtherAccount()));

        String stored = iam.getRole(r -> r.roleName(name)).role().assumeRolePolicyDocument();
        assertThat(URLDecoder.decode(stored, StandardCharsets.UTF_8))
                .isEqualTo(TrustPolicies.trustingOtherAccount());
    }

    @Test
    void updateAssumeRolePolicyWhenMalformedOrRoleMissingThenRefused() {
        String name = unique("retrust");
        createRole(name);

        assertThatThrownBy(
                        () ->
                                iam.updateAssumeRolePolicy(
                                        r ->
                                                r.roleName(name)
                                                        .policyDocument(
                                                                "{\"Statement\":{\"Effect\":\"Allow\","
                                                                        + "\"Action\":\"sts:AssumeRole\"}}")))
                .isInstanceOf(MalformedPolicyDocumentException.class)
                .hasMessageContaining("Principal");
        assertThatThrownBy(
                        () ->
                                iam.updateAssumeRolePolicy(
                                        r ->
                                                r.roleName(unique("ghost"))
                                                        .policyDocument(
                                                                TrustPolicies.trustingAccount())))
                .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void tagRoleWhenKeyExistsInAnyCaseThenReplacedAndOthersKept() {
        String name = unique("tagged");
        iam.createRole(
                r ->
                        r.roleName(name)
                                .assumeRolePolicyDocument(TrustPolicies.trustingAccount())
                                .tags(tag("team", "a"), tag("env", "dev")));

        iam.tagRole(r -> r.roleName(name).tags(tag("Team", "b"), tag("cost", "42")));

        assertThat(iam.getRole(r -> r.roleName(name)).role().tags())
                .containsExactly(tag("env", "dev"), tag("Team", "b"), tag("cost", "42"));
    }

    @Test
    void tagRoleWhenOverFiftyTagsOrRoleMissingThenRefused() {
        String name = unique("crowded");
        iam.createRole(
                r ->
                        r.roleName(name)
                                .assumeRolePolicyDocument(TrustPolicies.trustingAccount())
                                .tags(
                                        IntStream.range(0, 40)
                                                .mapToObj(i -> tag("a" + i, "v"))
                                                .toList()));

        assertThatThrownBy(
                        () ->
                                iam.tagRole(
                                        r ->
                                                r.roleName(name)
                                                        .tags(
                                                                IntStream.range(0, 11)
                                                                        .mapToObj(
                                                                                i ->
                                                                                        tag(
                                                                                                "b"
                                                                                                        + i,
                                                                                                "v"))
                                                                        .toList())))
                .isInstanceOf(LimitExceededException.class);
        assertThatThrownBy(() -> iam.tagRole(r -> r.roleName(unique("ghost")).tags(tag("a", "b"))))
                .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void iamCallWhenSignedWithWrongSecretThenSignatureDoesNotMatch() {
        var wrong = AwsBasicCredentials.create(AwsClients.root().accessKeyId(), "not-the-secret");
        try (IamClient forged = AwsClients.iam(endpoint, wrong)) {
            assertThatThrownBy(forged::listRoles)
                    .isInstanceOf(IamException.class)
                    .satisfies(e -> assertThat(errorCode(e)).isEqualTo("SignatureDoesNotMatch"));
        }
    }

    @Test
    void iamCallWhenUnsignedThenMissingAuthenticationTokenInTheIamNamespace() {
        given().baseUri(endpoint.toString())
                .contentType("application/x-www-form-urlencoded")
                .body("Action=ListRoles&Version=2010-05-08")
                .post("/")
                .then()
                .statusCode(403)
                .body(containsString("https://iam.amazonaws.com/doc/2010-05-08/"))
                .body(containsString("<Code>MissingAuthenticationToken</Code>"));
    }

    private void createRole(String name) {
        iam.createRole(
                r -> r.roleName(name).assumeRolePolicyDocument(TrustPolicies.trustingAccount()));
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    static String errorCode(Throwable e) {
        return ((IamException) e).awsErrorDetails().errorCode();
    }
}
