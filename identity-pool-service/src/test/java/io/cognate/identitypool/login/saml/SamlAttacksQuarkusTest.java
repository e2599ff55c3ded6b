package io.cognate.identitypool.login.saml;

import static io.cognate.identitypool.testing.SamlResponseBuilder.A;
import static io.cognate.identitypool.testing.SamlResponseBuilder.DS;
import static io.cognate.identitypool.testing.SamlResponseBuilder.P;
import static io.cognate.identitypool.testing.SamlResponseBuilder.base64;
import static io.cognate.identitypool.testing.SamlResponseBuilder.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.identitypool.testing.CognitoClients;
import io.cognate.identitypool.testing.SamlIdp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * SECURITY-CASES 8, 9 and 15 against SAML logins, through the AWS SDK: signature wrapping,
 * tampering, foreign keys and weak algorithms; AWS's recipient, audience, issuer and time rules;
 * XXE, entity bombs and deep nesting; replay, also concurrent. Every attack gets
 * NotAuthorizedException (never a 500), and the victim's own response still works where the attack
 * left it unused.
 */
@QuarkusTest
class SamlAttacksQuarkusTest {

    static final String REFUSED_XML = "uses refused XML features";

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityClient admin;
    private CognitoIdentityClient app;
    private String poolId;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = CognitoClients.anonymous(endpoint);
        poolId =
                admin.createIdentityPool(
                                r ->
                                        r.identityPoolName("saml-attacks")
                                                .allowUnauthenticatedIdentities(false)
                                                .samlProviderARNs(SamlIdp.ARN))
                        .identityPoolId();
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void getIdWhenSignedAssertionWrappedThenNotAuthorized() {
        // XSW: an unsigned forged assertion beside the signed one, before or after it.
        Document beside = response("victim@corp.example.com").document();
        Element signed = assertion(beside);
        Element forged =
                forgedCopy(signed, "_forged" + System.nanoTime(), "admin@corp.example.com");
        signed.getParentNode().insertBefore(forged, signed);
        refused(base64(beside), "exactly one assertion");

        // The forged assertion takes the signed one's place and ID; the original hides deeper.
        Document hidden = response("victim@corp.example.com").document();
        Element original = assertion(hidden);
        Element impostor =
                forgedCopy(original, original.getAttribute("ID"), "admin@corp.example.com");
        Element extensions = hidden.createElementNS(P, "saml2p:Extensions");
        original.getParentNode().replaceChild(impostor, original);
        hidden.getDocumentElement().insertBefore(extensions, impostor);
        extensions.appendChild(original);
        refused(base64(hidden), "exactly one assertion");

        // A signed response whose ID is repeated by an injected element.
        Document repeated = response("victim@corp.example.com").signed(false, true).document();
        Element root = repeated.getDocumentElement();
        Element decoy = repeated.createElementNS("urn:example:decoy", "x:Decoy");
        decoy.setAttributeNS(null, "ID", root.getAttribute("ID"));
        Element ext = repeated.createElementNS(P, "saml2p:Extensions");
        ext.appendChild(decoy);
        root.insertBefore(ext, root.getFirstChild().getNextSibling());
        refused(base64(repeated), "repeats an ID");
    }

    @Test
    void getIdWhenSignatureDoesNotCoverTheAssertionThenNotAuthorized() {
        // Response signed over the victim's assertion, then the assertion swapped for a forgery.
        Document swapped = response("victim@corp.example.com").signed(false, true).document();
        Element victim = assertion(swapped);
        victim.getParentNode()
                .replaceChild(
                        forgedCopy(victim, victim.getAttribute("ID"), "admin@corp.example.com"),
                        victim);
        refused(base64(swapped), "signature is invalid");

        refused(response("nobody-signed").signed(false, false).base64(), "is not signed");

        Document tampered = response("victim@corp.example.com").document();
        nameId(tampered).setTextContent("admin@corp.example.com");
        refused(base64(tampered), "assertion signature is invalid");

        // ruby-saml CVE-2024-45409 shape: the genuine signature copied elsewhere, content changed.
        Document stray = response("victim@corp.example.com").document();
        Element signature = (Element) stray.getElementsByTagNameNS(DS, "Signature").item(0);
        Element holder = stray.createElementNS(P, "saml2p:Extensions");
        holder.appendChild(signature.cloneNode(true));
        stray.getDocumentElement().insertBefore(holder, assertion(stray));
        nameId(stray).setTextContent("admin@corp.example.com");
        refused(base64(stray), "signature in an unexpected place");
    }

    @Test
    void getIdWhenSignedByAnotherKeyOrWeakAlgorithmThenNotAuthorized() {
        KeyPair attacker = SamlIdp.keyPair();
        refused(
                response("victim@corp.example.com")
                        .signedBy(
                                attacker.getPrivate(),
                                SamlIdp.selfSigned(attacker, "CN=idp.example.com"))
                        .base64(),
                "assertion signature is invalid");
        refused(
                response("victim@corp.example.com")
                        .algorithms(SignatureMethod.RSA_SHA1, DigestMethod.SHA1)
                        .base64(),
                "assertion signature is invalid");
        refused(
                response("victim@corp.example.com")
                        .algorithms(SignatureMethod.RSA_SHA256, DigestMethod.SHA1)
                        .base64(),
                "assertion signature is invalid");
    }

    @Test
    void getIdWhenConditionsBrokenThenNotAuthorized() {
        String user = "victim@corp.example.com";
        refused(response(user).audience("urn:example:other-sp").base64(), "another audience");
        refused(response(user).recipient("https://evil.example/saml").base64(), "Recipient");
        refused(
                response(user).destination("https://evil.example/acs").signed(true, true).base64(),
                "Destination");
        refused(response(user).withoutConfirmationNotOnOrAfter().base64(), "lacks NotOnOrAfter");
        refused(response(user).issuedAt(Instant.now().minusSeconds(3600)).base64(), "expired");
        refused(response(user).issuedAt(Instant.now().plusSeconds(3600)).base64(), "not valid yet");
        refused(response(user).issuer("https://evil.example/idp").base64(), "Issuer");
        refused(
                response(user).inResponseTo("_request-never-sent").base64(),
                "request that was not made");
        refused(
                response(user).status("urn:oasis:names:tc:SAML:2.0:status:Responder").base64(),
                "status is not Success");
    }

    @Test
    void getIdWhenXmlAttackThenRefusedWithoutReadingOrExpanding() {
        String open = "<saml2p:Response xmlns:saml2p=\"" + P + "\">";
        String close = "</saml2p:Response>";
        refused(
                base64(
                        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                + open
                                + "&x;"
                                + close),
                REFUSED_XML);
        refused(
                base64(
                        "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %p;]>"
                                + open
                                + close),
                REFUSED_XML);
        StringBuilder laughs = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"");
            laughs.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        refused(base64(laughs + "]>" + open + "&l9;" + close), REFUSED_XML);
        refused(base64(open + "<x>".repeat(3000) + "</x>".repeat(3000) + close), REFUSED_XML);
        refused("not//base64!!", "not base64");
        refused(base64("<html/>"), "Not a SAML 2.0 Response");
        refused(base64(open), REFUSED_XML);
    }

    @Test
    void getIdWhenOversizedThenRefusedBeforeParsing() {
        String huge = base64("<a>" + "x".repeat(60_000) + "</a>");

        assertThatThrownBy(() -> getId(huge))
                .isInstanceOf(CognitoIdentityException.class)
                .satisfies(
                        e ->
                                assertThat(((CognitoIdentityException) e).statusCode())
                                        .isEqualTo(400));
    }

    @Test
    void getIdWhenSameAssertionRacesThenExactlyOneWins() throws Exception {
        String login = response("racer-" + System.nanoTime()).base64();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(
                        CompletableFuture.supplyAsync(
                                () -> {
                                    try {
                                        return getId(login);
                                    } catch (NotAuthorizedException e) {
                                        return "refused: " + e.awsErrorDetails().errorMessage();
                                    }
                                },
                                pool));
            }
            List<String> outcomes = new ArrayList<>();
            for (CompletableFuture<String> call : calls) {
                outcomes.add(call.get());
            }
            assertThat(outcomes).filteredOn(o -> o.startsWith("us-east-1:")).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> o.startsWith("refused"))
                    .hasSize(5)
                    .allMatch(o -> o.contains("already been used"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Element assertion(Document document) {
        return (Element) document.getElementsByTagNameNS(A, "Assertion").item(0);
    }

    private static Element nameId(Document document) {
        return (Element) document.getElementsByTagNameNS(A, "NameID").item(0);
    }

    /** A copy of {@code signed} for another user, without its signature. */
    private static Element forgedCopy(Element signed, String id, String nameId) {
        Element copy = (Element) signed.cloneNode(true);
        copy.setAttributeNS(null, "ID", id);
        Element signature = (Element) copy.getElementsByTagNameNS(DS, "Signature").item(0);
        if (signature != null) {
            copy.removeChild(signature);
        }
        ((Element) copy.getElementsByTagNameNS(A, "NameID").item(0)).setTextContent(nameId);
        return copy;
    }

    private String getId(String login) {
        return app.getId(r -> r.identityPoolId(poolId).logins(Map.of(SamlIdp.ARN, login)))
                .identityId();
    }

    private void refused(String login, String message) {
        assertThatThrownBy(() -> getId(login))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining(message);
    }
}
