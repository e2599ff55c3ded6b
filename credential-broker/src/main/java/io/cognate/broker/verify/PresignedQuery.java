package io.cognate.broker.verify;

import io.cognate.contracts.aws.error.IncompleteSignatureException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reading the authentication parameters of a presigned URL's query string. */
final class PresignedQuery {

    static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
                    .withResolverStyle(ResolverStyle.STRICT)
                    .withZone(ZoneOffset.UTC);
    private static final long MAX_EXPIRES_SECONDS = 604_800;

    private PresignedQuery() {}

    /**
     * The {@code X-Amz-*} parameters, decoded; a repeated one is refused, since the signer and this
     * verifier could otherwise read different values.
     */
    static Map<String, String> parameters(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        for (String piece : rawQuery.split("&")) {
            String name = name(piece);
            if (!name.startsWith("X-Amz-")) {
                continue;
            }
            int eq = piece.indexOf('=');
            String value = eq < 0 ? "" : decode(piece.substring(eq + 1));
            if (params.put(name, value) != null) {
                throw new IncompleteSignatureException(
                        "The query string has a repeated '" + name + "' parameter.");
            }
        }
        return params;
    }

    /** The raw query without the parameter {@code excluded} (the signature cannot cover itself). */
    static String without(String rawQuery, String excluded) {
        return Stream.of(rawQuery.split("&"))
                .filter(piece -> !name(piece).equals(excluded))
                .collect(Collectors.joining("&"));
    }

    static Duration expires(String text) {
        try {
            long seconds = Long.parseLong(text.trim());
            if (seconds >= 1 && seconds <= MAX_EXPIRES_SECONDS) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IncompleteSignatureException(
                "X-Amz-Expires must be a whole number of seconds from 1 to 604800.");
    }

    static Instant signedAt(String amzDate) {
        try {
            if (amzDate.length() == 16) {
                return LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IncompleteSignatureException(
                "Date must be in ISO-8601 'basic format'. Got '"
                        + amzDate
                        + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    private static String name(String piece) {
        int eq = piece.indexOf('=');
        return decode(eq < 0 ? piece : piece.substring(0, eq));
    }

    private static String decode(String component) {
        try {
            return URLDecoder.decode(component, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed escape names no X-Amz-* parameter; CanonicalForm keeps it literally.
            return component;
        }
    }
}
