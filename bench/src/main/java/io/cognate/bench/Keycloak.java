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

    static final Map<String, String> HEADERS =
            Map.of("Content-Type", "application/x-www-form-urlencoded");

    private String grant(String form) throws Exception {
        return http.post(tokenUrl, HEADERS, form);
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
        String answer = grant(refreshForm(refreshToken));
        Http.field(answer, "access_token");
        Http.field(answer, "id_token");
    }

    String refreshForm(String refreshToken) {
        return "grant_type=refresh_token&scope=openid&client_id="
                + enc(clientId)
                + "&refresh_token="
                + enc(refreshToken);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
