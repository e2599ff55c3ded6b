package io.cognate.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Keycloak's OIDC token endpoint: a password grant once per worker, then refresh grants. */
final class Keycloak {

    private final Http http = new Http();
    private final String tokenUrl;
    private final String clientId;

    Keycloak(String tokenUrl, String clientId) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
    }

    private String grant(String form) throws Exception {
        return http.post(
                tokenUrl, Map.of("Content-Type", "application/x-www-form-urlencoded"), form);
    }

    String passwordGrant(String username, String password) throws Exception {
        String answer =
                grant(
                        "grant_type=password&scope=openid&client_id="
                                + enc(clientId)
                                + "&username="
                                + enc(username)
                                + "&password="
                                + enc(password));
        return Http.field(answer, "refresh_token");
    }

    /** grant_type=refresh_token with scope=openid: mints access, ID and refresh tokens. */
    void refresh(String refreshToken) throws Exception {
        String answer =
                grant(
                        "grant_type=refresh_token&scope=openid&client_id="
                                + enc(clientId)
                                + "&refresh_token="
                                + enc(refreshToken));
        Http.field(answer, "access_token");
        Http.field(answer, "id_token");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
