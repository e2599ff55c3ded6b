package io.cognate.contracts.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.model.Shape;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes Query protocol replies as AWS does: {@code <ActionResponse xmlns=…><ActionResult>…},
 * members in model order, lists as {@code <member>} items, maps as {@code
 * <entry><key/><value/></entry>}, timestamps as ISO-8601 (the JSON tree carries them as epoch
 * seconds). Text is escaped, and characters XML 1.0 cannot carry become U+FFFD, so a hostile value
 * echoed in an error message cannot break the document.
 */
final class XmlResponseWriter {

    private XmlResponseWriter() {}

    /**
     * @param output the output shape, or null when the operation returns nothing (then no {@code
     *     Result} element is written, as AWS does)
     */
    static byte[] success(
            String namespace, String action, Shape output, JsonNode result, String requestId) {
        StringBuilder xml = new StringBuilder(512);
        xml.append('<').append(action).append("Response xmlns=\"");
        escape(namespace, xml);
        xml.append("\">");
        if (output != null) {
            xml.append('<').append(action).append("Result>");
            value(output, result, xml);
            xml.append("</").append(action).append("Result>");
        }
        xml.append("<ResponseMetadata><RequestId>");
        escape(requestId, xml);
        xml.append("</RequestId></ResponseMetadata></").append(action).append("Response>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] error(
            String namespace, String type, String code, String message, String requestId) {
        StringBuilder xml = new StringBuilder(256).append("<ErrorResponse xmlns=\"");
        escape(namespace, xml);
        xml.append("\"><Error><Type>").append(type).append("</Type><Code>");
        escape(code, xml);
        xml.append("</Code><Message>");
        escape(message == null ? "" : message, xml);
        xml.append("</Message></Error><RequestId>");
        escape(requestId, xml);
        xml.append("</RequestId></ErrorResponse>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void value(Shape shape, JsonNode value, StringBuilder xml) {
        switch (shape.type()) {
            case "structure" -> structure(shape, value, xml);
            case "list" ->
                    value.forEach(
                            item -> element(shape.listMemberName(), shape.listMember(), item, xml));
            case "map" -> map(shape, value, xml);
            case "timestamp" -> escape(timestamp(value), xml);
            default -> escape(value.asText(), xml);
        }
    }

    private static void structure(Shape shape, JsonNode value, StringBuilder xml) {
        for (Map.Entry<String, Shape> member : shape.members().entrySet()) {
            JsonNode memberValue = value.get(member.getKey());
            if (memberValue != null && !memberValue.isNull()) {
                element(member.getKey(), member.getValue(), memberValue, xml);
            }
        }
    }

    private static void map(Shape shape, JsonNode value, StringBuilder xml) {
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            xml.append("<entry><key>");
            escape(entry.getKey(), xml);
            xml.append("</key>");
            element("value", shape.mapValue(), entry.getValue(), xml);
            xml.append("</entry>");
        }
    }

    private static void element(String name, Shape shape, JsonNode value, StringBuilder xml) {
        xml.append('<').append(name).append('>');
        value(shape, value, xml);
        xml.append("</").append(name).append('>');
    }

    /** {@code AwsJson} writes instants as epoch seconds with millisecond fractions. */
    private static String timestamp(JsonNode value) {
        if (!value.isNumber()) {
            return value.asText();
        }
        return Instant.ofEpochMilli(value.decimalValue().movePointRight(3).longValue()).toString();
    }

    private static void escape(String text, StringBuilder xml) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\r' -> xml.append("&#13;");
                default -> xml.append(allowedInXml(c) ? c : '\uFFFD');
            }
        }
    }

    /** XML 1.0 forbids most control characters, even as character references. */
    private static boolean allowedInXml(char c) {
        return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n';
    }
}
