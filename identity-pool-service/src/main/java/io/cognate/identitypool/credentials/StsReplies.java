package io.cognate.identitypool.credentials;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads STS Query replies: the credentials of an {@code AssumeRoleWithWebIdentityResponse}, or the
 * {@code Code} of an {@code ErrorResponse}. The parser refuses DOCTYPEs and external entities, so a
 * reply cannot make this service read files or other URLs.
 */
final class StsReplies {

    private StsReplies() {}

    /** The credentials of a success reply; empty when the reply is not one. */
    static Optional<GetCredentialsForIdentity.Credentials> credentials(String xml) {
        return parse(xml)
                .flatMap(
                        document -> {
                            String keyId = text(document, "AccessKeyId");
                            String secret = text(document, "SecretAccessKey");
                            String session = text(document, "SessionToken");
                            String expiration = text(document, "Expiration");
                            if (keyId == null
                                    || secret == null
                                    || session == null
                                    || expiration == null) {
                                return Optional.empty();
                            }
                            try {
                                return Optional.of(
                                        new GetCredentialsForIdentity.Credentials(
                                                keyId, secret, session, Instant.parse(expiration)));
                            } catch (DateTimeParseException e) {
                                return Optional.empty();
                            }
                        });
    }

    /** The error code of an {@code ErrorResponse}; empty when the reply is not one. */
    static Optional<String> errorCode(String xml) {
        return parse(xml).map(document -> text(document, "Code"));
    }

    /**
     * One configured builder per thread: {@code DocumentBuilderFactory.newInstance()} looks the
     * implementation up through the class path and a new builder sets up a whole parser
     * configuration, which cost more than the rest of GetCredentialsForIdentity's own work. A
     * builder is not thread-safe, but is reusable after {@link DocumentBuilder#reset()}.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS =
            ThreadLocal.withInitial(StsReplies::newBuilder);

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses a standard feature", e);
        }
    }

    private static Optional<Document> parse(String xml) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            builder.reset();
            builder.setErrorHandler(null);
            return Optional.of(
                    builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
    }

    private static String text(Document document, String element) {
        Node node = document.getElementsByTagName(element).item(0);
        return node == null ? null : node.getTextContent().trim();
    }
}
