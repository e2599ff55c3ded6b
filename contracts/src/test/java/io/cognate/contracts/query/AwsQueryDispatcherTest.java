package io.cognate.contracts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.AwsHttpResponse;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.OperationRunner;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.sigv4.SigV4Signer;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.cognate.contracts.sigv4.SigningCredentials;
import io.smallrye.mutiny.Uni;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class AwsQueryDispatcherTest {

    private static final ServiceModel STS =
            ServiceModel.fromClasspath("sts-2011-06-15.service.json");
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String NS = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final String ROLE = "arn:aws:iam::123456789012:role/web";
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.secret-token.sig";
    private static final SigningCredentials ROOT =
            new SigningCredentials(
                    "AKIDEXAMPLE",
                    "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                    new Caller("AKIDEXAMPLE", "123456789012", "arn:aws:iam::123456789012:root"));

    private AssumeRoleWithWebIdentity assumeRole;
    private AwsQueryDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        assumeRole = new AssumeRoleWithWebIdentity();
        SigV4Verifier verifier =
                new SigV4Verifier(
                        id -> id.equals(ROOT.accessKeyId()) ? Optional.of(ROOT) : Optional.empty(),
                        "us-east-1",
                        CLOCK);
        dispatcher =
                new AwsQueryDispatcher(
                        new OperationRunner(
                                STS,
                                verifier,
                                List.of(assumeRole, new GetCallerIdentity()),
                                CLOCK));
    }

    @Test
    void dispatchWhenValidFormThenParamsParsedAndStsXmlReturned() {
        AwsHttpResponse response =
                dispatch(
                        post(
                                "Action", "AssumeRoleWithWebIdentity",
                                "Version", "2011-06-15",
                                "RoleArn", ROLE,
                                "RoleSessionName", "alice@example.com",
                                "WebIdentityToken", TOKEN,
                                "DurationSeconds", "3600",
                                "PolicyArns.member.1.arn", "arn:aws:iam::aws:policy/ReadOnlyAccess",
                                "PolicyArns.member.2.arn", "arn:aws:iam::aws:policy/Billing",
                                "Unknown.Param", "ignored"));

        assertThat(assumeRole.received.get())
                .isEqualTo(
                        new AssumeRoleWithWebIdentity.Request(
                                ROLE,
                                "alice@example.com",
                                TOKEN,
                                3600,
                                List.of(
                                        new AssumeRoleWithWebIdentity.PolicyDescriptor(
                                                "arn:aws:iam::aws:policy/ReadOnlyAccess"),
                                        new AssumeRoleWithWebIdentity.PolicyDescriptor(
                                                "arn:aws:iam::aws:policy/Billing"))));
        String requestId = response.headers().get("x-amzn-RequestId");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Content-Type", "text/xml");
        assertThat(response.bodyText())
                .isEqualTo(
                        "<AssumeRoleWithWebIdentityResponse xmlns=\""
                                + NS
                                + "\"><AssumeRoleWithWebIdentityResult>"
                                + "<Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId>"
                                + "<SecretAccessKey>s3cr3t</SecretAccessKey>"
                                + "<SessionToken>FwoGZXIvYXdzEXAMPLE</SessionToken>"
                                + "<Expiration>2026-11-26T03:00:00Z</Expiration></Credentials>"
                                + "<SubjectFromWebIdentityToken>sub&lt;1&gt; &amp; &quot;q&quot;"
                                + " 'a'</SubjectFromWebIdentityToken>"
                                + "<AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:alice@example.com"
                                + "</AssumedRoleId><Arn>arn:aws:sts::123456789012:assumed-role/web/"
                                + "alice@example.com</Arn></AssumedRoleUser>"
                                + "<Provider>https://issuer.example</Provider>"
                                + "<Audience>client-1</Audience>"
                                + "</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>"
                                + requestId
                                + "</RequestId></ResponseMetadata>"
                                + "</AssumeRoleWithWebIdentityResponse>");
        Document xml = parse(response);
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        assertThat(text(xml, "SubjectFromWebIdentityToken")).isEqualTo("sub<1> & \"q\" 'a'");
    }

    @Test
    void dispatchWhenGetWithQueryStringThenSameOperation() {
        AwsHttpResponse response =
                dispatch(
                        new AwsHttpRequest(
                                "GET",
                                "/",
                                form(
                                        "Action", "AssumeRoleWithWebIdentity",
                                        "Version", "2011-06-15",
                                        "RoleArn", ROLE,
                                        "RoleSessionName", "bob",
                                        "WebIdentityToken", TOKEN),
                                Map.of(),
                                null,
                                "127.0.0.1"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(assumeRole.received.get().roleSessionName()).isEqualTo("bob");
        assertThat(assumeRole.received.get().policyArns()).isNull();
    }

    @Test
    void dispatchWhenEmptyListParamThenEmptyList() {
        dispatch(valid("PolicyArns", ""));

        assertThat(assumeRole.received.get().policyArns()).isEmpty();
    }

    @Test
    void dispatchWhenConstraintsViolatedThenValidationErrorWithoutSensitiveValues() {
        AwsHttpResponse response =
                dispatch(
                        post(
                                "Action", "AssumeRoleWithWebIdentity",
                                "Version", "2011-06-15",
                                "RoleSessionName", "bad name",
                                "WebIdentityToken", "abc",
                                "DurationSeconds", "60"));

        assertError(
                response,
                400,
                "Sender",
                "ValidationError",
                "4 validation errors detected: Value null at 'roleArn' failed to satisfy"
                        + " constraint: Member must not be null; Value 'bad name' at"
                        + " 'roleSessionName' failed to satisfy constraint: Member must satisfy"
                        + " regular expression pattern: [\\w+=,.@-]*; Value at 'webIdentityToken'"
                        + " failed to satisfy constraint: Member must have length greater than or"
                        + " equal to 4; Value '60' at 'durationSeconds' failed to satisfy"
                        + " constraint: Member must have value greater than or equal to 900");
        assertThat(assumeRole.received.get()).isNull();
    }

    @Test
    void dispatchWhenIntegerUnparsableThenValidationError() {
        AwsHttpResponse response = dispatch(valid("DurationSeconds", "an hour"));

        assertThat(code(response)).isEqualTo("ValidationError");
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void dispatchWhenValueHasMarkupOrControlCharactersThenErrorXmlStaysWellFormed() {
        String hostile = "</Message><Code>Owned</Code>&\"'\u0001\r";
        AwsHttpResponse response = dispatch(valid("RoleSessionName", hostile));

        assertThat(response.bodyText())
                .contains(
                        "Value '&lt;/Message&gt;&lt;Code&gt;Owned&lt;/Code&gt;&amp;&quot;'"
                                + "\uFFFD&#13;' at 'roleSessionName'");
        assertThat(code(response)).isEqualTo("ValidationError");
        assertThat(text(parse(response), "Message"))
                .contains("Value '</Message><Code>Owned</Code>&\"'\uFFFD\r' at");
    }

    @Test
    void dispatchWhenActionUnknownThenInvalidAction() {
        AwsHttpResponse response = dispatch(post("Action", "AssumeRoot", "Version", "2011-06-15"));

        assertError(
                response,
                400,
                "Sender",
                "InvalidAction",
                "Could not find operation AssumeRoot for version 2011-06-15");
    }

    @Test
    void dispatchWhenActionModeledButNotImplementedThenInvalidAction() {
        AwsHttpResponse response = dispatch(post("Action", "AssumeRole", "Version", "2011-06-15"));

        assertThat(code(response)).isEqualTo("InvalidAction");
    }

    @Test
    void dispatchWhenActionMissingThenInvalidAction() {
        AwsHttpResponse response = dispatch(post("Version", "2011-06-15"));

        assertThat(code(response)).isEqualTo("InvalidAction");
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void dispatchWhenVersionWrongThenInvalidActionNamingIt() {
        AwsHttpResponse response =
                dispatch(post("Action", "AssumeRoleWithWebIdentity", "Version", "2010-05-08"));

        assertError(
                response,
                400,
                "Sender",
                "InvalidAction",
                "Could not find operation AssumeRoleWithWebIdentity for version 2010-05-08");
    }

    @Test
    void dispatchWhenVersionMissingThenMissingParameter() {
        AwsHttpResponse response = dispatch(post("Action", "AssumeRoleWithWebIdentity"));

        assertThat(code(response)).isEqualTo("MissingParameter");
    }

    @Test
    void dispatchWhenParameterRepeatedThenInvalidQueryParameter() {
        AwsHttpResponse response = dispatch(valid("RoleArn", ROLE));

        assertThat(code(response)).isEqualTo("InvalidQueryParameter");
    }

    @Test
    void dispatchWhenPercentEncodingBrokenThenInvalidQueryParameter() {
        AwsHttpResponse response =
                dispatch(
                        rawPost("Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=%ZZ"));

        assertThat(code(response)).isEqualTo("InvalidQueryParameter");
    }

    @Test
    void dispatchWhenModeledErrorThrownThenItsQueryCodeAndStatus() {
        assumeRole.failure = new InvalidIdentityTokenException("Token is expired.");
        AwsHttpResponse invalidToken = dispatch(valid());
        assumeRole.failure = new IDPRejectedClaimException("Incorrect token audience.");
        AwsHttpResponse rejected = dispatch(valid());

        assertError(invalidToken, 400, "Sender", "InvalidIdentityToken", "Token is expired.");
        assertError(rejected, 403, "Sender", "IDPRejectedClaim", "Incorrect token audience.");
    }

    @Test
    void dispatchWhenUnexpectedFailureThenInternalFailureWithoutDetail() {
        assumeRole.failure = new IllegalStateException("jdbc:postgresql://db password=hunter2");
        AwsHttpResponse response = dispatch(valid());

        assertError(response, 500, "Receiver", "InternalFailure", "An internal error occurred.");
        assertThat(response.bodyText()).doesNotContain("hunter2");
    }

    @Test
    void dispatchWhenSignedActionSignedThenCallerPassedToOperation() {
        AwsHttpRequest signed =
                SigV4Signer.sign(
                        post("Action", "GetCallerIdentity", "Version", "2011-06-15"),
                        ROOT,
                        "us-east-1",
                        "sts",
                        NOW);

        AwsHttpResponse response = dispatch(signed);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText())
                .contains(
                        "<GetCallerIdentityResult><UserId>AKIDEXAMPLE</UserId>"
                                + "<Account>123456789012</Account>"
                                + "<Arn>arn:aws:iam::123456789012:root</Arn>"
                                + "</GetCallerIdentityResult>");
    }

    @Test
    void dispatchWhenSignedActionUnsignedThenMissingAuthenticationToken() {
        AwsHttpResponse response =
                dispatch(post("Action", "GetCallerIdentity", "Version", "2011-06-15"));

        assertThat(code(response)).isEqualTo("MissingAuthenticationToken");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void dispatchWhenSignatureWrongThenSignatureDoesNotMatch() {
        SigningCredentials wrongSecret =
                new SigningCredentials(ROOT.accessKeyId(), "not-the-secret", ROOT.caller());
        AwsHttpRequest signed =
                SigV4Signer.sign(
                        post("Action", "GetCallerIdentity", "Version", "2011-06-15"),
                        wrongSecret,
                        "us-east-1",
                        "sts",
                        NOW);

        AwsHttpResponse response = dispatch(signed);

        assertThat(code(response)).isEqualTo("SignatureDoesNotMatch");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void constructWhenActionRegisteredTwiceThenIllegalState() {
        assertThatThrownBy(
                        () ->
                                new AwsQueryDispatcher(
                                        new OperationRunner(
                                                STS,
                                                null,
                                                List.of(
                                                        new AssumeRoleWithWebIdentity(),
                                                        new AssumeRoleWithWebIdentity()),
                                                CLOCK)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AssumeRoleWithWebIdentity");
    }

    @Test
    void constructWhenSignedActionWithoutVerifierThenIllegalState() {
        assertThatThrownBy(
                        () ->
                                new AwsQueryDispatcher(
                                        new OperationRunner(
                                                STS,
                                                null,
                                                List.of(new GetCallerIdentity()),
                                                CLOCK)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void xmlNamespaceWhenStsModelThenDerivedFromEndpointPrefixAndVersion() {
        assertThat(dispatcher.xmlNamespace()).isEqualTo(NS);
    }

    private AwsHttpResponse dispatch(AwsHttpRequest request) {
        AwsHttpResponse response = dispatcher.dispatch(request).await().indefinitely();
        assertThat(response.headers().get("x-amzn-RequestId")).isNotBlank();
        parse(response);
        return response;
    }

    /** A valid AssumeRoleWithWebIdentity request plus the given extra parameters. */
    private static AwsHttpRequest valid(String... extra) {
        List<String> params =
                new ArrayList<>(
                        List.of(
                                "Action",
                                "AssumeRoleWithWebIdentity",
                                "Version",
                                "2011-06-15",
                                "RoleArn",
                                ROLE,
                                "WebIdentityToken",
                                TOKEN));
        if (extra.length == 0 || !extra[0].equals("RoleSessionName")) {
            params.addAll(List.of("RoleSessionName", "alice"));
        }
        params.addAll(List.of(extra));
        return post(params.toArray(String[]::new));
    }

    private static AwsHttpRequest post(String... params) {
        return rawPost(form(params));
    }

    private static AwsHttpRequest rawPost(String body) {
        return new AwsHttpRequest(
                "POST",
                "/",
                "",
                Map.of(
                        "Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"),
                        "Host", List.of("sts.cognate.test")),
                body.getBytes(StandardCharsets.UTF_8),
                "127.0.0.1");
    }

    private static String form(String... params) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < params.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(params[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static void assertError(
            AwsHttpResponse response, int status, String type, String code, String message) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers()).containsEntry("Content-Type", "text/xml");
        assertThat(response.bodyText())
                .isEqualTo(
                        "<ErrorResponse xmlns=\""
                                + NS
                                + "\"><Error><Type>"
                                + type
                                + "</Type><Code>"
                                + code
                                + "</Code><Message>"
                                + message
                                + "</Message></Error><RequestId>"
                                + response.headers().get("x-amzn-RequestId")
                                + "</RequestId></ErrorResponse>");
    }

    private static String code(AwsHttpResponse response) {
        return text(parse(response), "Code");
    }

    private static String text(Document xml, String element) {
        return xml.getElementsByTagName(element).item(0).getTextContent();
    }

    private static Document parse(AwsHttpResponse response) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + response.bodyText(), e);
        }
    }

    /** Named after the action, as operations are; answers a fixed response. */
    static final class AssumeRoleWithWebIdentity
            implements AwsOperation<
                    AssumeRoleWithWebIdentity.Request, AssumeRoleWithWebIdentity.Response> {

        record PolicyDescriptor(@JsonProperty("arn") String arn) {}

        record Request(
                String roleArn,
                String roleSessionName,
                String webIdentityToken,
                Integer durationSeconds,
                List<PolicyDescriptor> policyArns) {}

        record Credentials(
                String accessKeyId,
                String secretAccessKey,
                String sessionToken,
                Instant expiration) {}

        record AssumedRoleUser(String assumedRoleId, String arn) {}

        record Response(
                String audience,
                String provider,
                AssumedRoleUser assumedRoleUser,
                String subjectFromWebIdentityToken,
                Credentials credentials,
                Integer packedPolicySize) {}

        final AtomicReference<Request> received = new AtomicReference<>();
        RuntimeException failure;

        @Override
        public Class<Request> requestType() {
            return Request.class;
        }

        @Override
        public Uni<Response> execute(Request request, RequestContext context) {
            received.set(request);
            if (failure != null) {
                return Uni.createFrom().failure(failure);
            }
            return Uni.createFrom()
                    .item(
                            new Response(
                                    "client-1",
                                    "https://issuer.example",
                                    new AssumedRoleUser(
                                            "AROAEXAMPLE:" + request.roleSessionName(),
                                            "arn:aws:sts::123456789012:assumed-role/web/"
                                                    + request.roleSessionName()),
                                    "sub<1> & \"q\" 'a'",
                                    new Credentials(
                                            "ASIAEXAMPLE",
                                            "s3cr3t",
                                            "FwoGZXIvYXdzEXAMPLE",
                                            context.receivedAt().plusSeconds(3600)),
                                    null));
        }
    }

    /** A signed action: echoes the verified caller. */
    static final class GetCallerIdentity
            implements AwsOperation<GetCallerIdentity.Request, GetCallerIdentity.Response> {

        record Request() {}

        record Response(String userId, String account, String arn) {}

        @Override
        public Class<Request> requestType() {
            return Request.class;
        }

        @Override
        public Uni<Response> execute(Request request, RequestContext context) {
            Caller caller = context.caller().orElseThrow();
            return Uni.createFrom()
                    .item(new Response(caller.accessKeyId(), caller.accountId(), caller.arn()));
        }
    }

    static final class InvalidIdentityTokenException extends AwsServiceException {
        InvalidIdentityTokenException(String message) {
            super(message);
        }
    }

    static final class IDPRejectedClaimException extends AwsServiceException {
        IDPRejectedClaimException(String message) {
            super(message);
        }
    }
}
