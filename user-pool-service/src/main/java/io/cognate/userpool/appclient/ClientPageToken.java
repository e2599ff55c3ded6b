package io.cognate.userpool.appclient;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque {@code NextToken} of ListUserPoolClients: the position of the last client returned.
 * Keyset pagination keeps pages stable while clients are created.
 */
record ClientPageToken(Instant createdAt, String clientId) {

    static ClientPageToken after(AppClientEntity last) {
        return new ClientPageToken(last.createdAt, last.clientId);
    }

    String encode() {
        String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "/" + clientId;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ClientPageToken decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int dot = raw.indexOf('.');
            int slash = raw.indexOf('/');
            if (dot < 0 || slash < dot) {
                throw new IllegalArgumentException("malformed");
            }
            Instant created =
                    Instant.ofEpochSecond(
                            Long.parseLong(raw.substring(0, dot)),
                            Long.parseLong(raw.substring(dot + 1, slash)));
            return new ClientPageToken(created, raw.substring(slash + 1));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidParameterException("Invalid pagination token: " + token);
        }
    }
}
