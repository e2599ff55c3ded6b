package io.cognate.identitypool.login.saml;

import static io.cognate.identitypool.login.saml.SamlDom.ASSERTION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The assertion's {@code AttributeStatement}s as claims: attribute {@code Name} → its values' whole
 * text, in order. An unnamed or repeated attribute is refused rather than merged or overwritten, so
 * no attribute can shadow another.
 */
final class SamlAttributes {

    private SamlAttributes() {}

    static Map<String, List<String>> of(Element assertion) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (Element statement : SamlDom.children(assertion, ASSERTION, "AttributeStatement")) {
            for (Element attribute : SamlDom.children(statement, ASSERTION, "Attribute")) {
                String name = SamlDom.attribute(attribute, "Name");
                if (name == null || attributes.containsKey(name)) {
                    throw SamlDom.invalid("A SAML attribute is unnamed or repeated.");
                }
                attributes.put(
                        name,
                        SamlDom.children(attribute, ASSERTION, "AttributeValue").stream()
                                .map(SamlDom::text)
                                .toList());
            }
        }
        return attributes;
    }
}
