package io.cognate.contracts.sigv4;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding exactly as SigV4 wants it: unreserved characters ({@code
 * A-Za-z0-9-_.~}) kept, everything else as {@code %XY} with upper-case hex over the UTF-8 bytes.
 * {@link java.net.URLEncoder} is form encoding (space as {@code +}, {@code *} kept), hence this
 * class.
 */
final class UriEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {}

    /** Encodes every byte except the unreserved characters and, if asked, {@code /}. */
    static String encode(String value, boolean keepSlash) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        encodeTo(out, value, keepSlash);
        return out.toString();
    }

    /**
     * {@link #encode} appended to {@code out}; ASCII (nearly every path and query) is encoded char
     * by char without a UTF-8 copy of the value.
     */
    static void encodeTo(StringBuilder out, String value, boolean keepSlash) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                // Everything before was ASCII, so i starts a character: the rest as UTF-8 bytes.
                for (byte b : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
                    append(out, b & 0xFF, keepSlash);
                }
                return;
            }
            append(out, c, keepSlash);
        }
    }

    private static void append(StringBuilder out, int c, boolean keepSlash) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append((char) c);
        } else {
            out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }

    /**
     * Decodes {@code %XY} escapes as UTF-8 and {@code +} as a space (how query strings built by
     * form encoders reach us). A malformed escape is kept literally rather than refused: the
     * signature comparison decides.
     */
    static String decodeQueryComponent(String value) {
        if (value.indexOf('%') < 0 && value.indexOf('+') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && isEscape(value, i)) {
                bytes.write(hexValue(value.charAt(i + 1)) << 4 | hexValue(value.charAt(i + 2)));
                i += 2;
            } else {
                byte[] raw = Character.toString(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
            i += Character.charCount(c);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isEscape(String value, int percent) {
        return percent + 2 < value.length()
                && hexValue(value.charAt(percent + 1)) >= 0
                && hexValue(value.charAt(percent + 2)) >= 0;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.'
                || c == '~';
    }
}
