package io.cognate.identitypool.login.saml;

import static io.cognate.identitypool.login.saml.SamlDom.ASSERTION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The assertion's {@code AttributeStatement}s as claims: attribute {@code Name} → its values' whole
 * text, in order. An attribute that appears several times (Keycloak's default role list sends one
 * {@code Role} attribute per role) has all their values, in order: values are only ever added, so
 * no attribute can shadow or replace another. An unnamed attribute is refused.
 */
final class SamlAttributes {

    private SamlAttributes() {}

    static Map<String, List<String>> of(Element assertion) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (Element statement : SamlDom.children(assertion, ASSERTION, "AttributeStatement")) {
            for (Element attribute : SamlDom.children(statement, ASSERTION, "Attribute")) {
                String name = SamlDom.attribute(attribute, "Name");
                if (name == null || name.isEmpty()) {
                    throw SamlDom.invalid("A SAML attribute is unnamed.");
                }
                List<String> values = attributes.computeIfAbsent(name, n -> new ArrayList<>());
                SamlDom.children(attribute, ASSERTION, "AttributeValue").stream()
                        .map(SamlDom::text)
                        .forEach(values::add);
            }
        }
        attributes.replaceAll((name, values) -> List.copyOf(values));
        return attributes;
    }
}
