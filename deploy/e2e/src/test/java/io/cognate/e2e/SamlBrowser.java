package io.cognate.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does for IdP-initiated SAML SSO to AWS, with plain {@code java.net.http}: opens
 * the IdP's SSO URL, submits its login form, and reads the base64 {@code SAMLResponse} from the
 * page that would auto-post it to {@code https://signin.aws.amazon.com/saml}. Cookies are kept
 * here: Keycloak marks its cookies {@code Secure} even on http://127.0.0.1, so the JDK's cookie
 * manager would never send them back; a browser on localhost treats such origins as secure.
 */
final class SamlBrowser {

    private static final Pattern LOGIN_FORM =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern SAML_RESPONSE =
            Pattern.compile("name=\"SAMLResponse\"\\s+value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    /** The SAML response and where the IdP's page would post it. */
    record Sso(String samlResponse, String postedTo) {
        @Override
        public String toString() {
            return "Sso[to " + postedTo + ", response redacted]";
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Signs {@code username} in at {@code ssoUrl} and returns the IdP's SAML response. */
    Sso signIn(URI ssoUrl, String username, String password) throws Exception {
        HttpResponse<String> page = follow(get(ssoUrl));
        String action = unescape(find(LOGIN_FORM, page.body(), "Keycloak's login form"));
        String form =
                "username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + "&credentialId=";
        HttpResponse<String> posted =
                follow(
                        send(
                                request(page.uri().resolve(action))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(form))));
        return new Sso(
                find(SAML_RESPONSE, posted.body(), "a SAMLResponse in the auto-post page"),
                unescape(find(FORM_ACTION, posted.body(), "the auto-post form")));
    }

    private HttpResponse<String> follow(HttpResponse<String> reply) throws Exception {
        for (int hops = 0; reply.statusCode() / 100 == 3 && hops < 10; hops++) {
            String location = reply.headers().firstValue("Location").orElseThrow();
            reply = get(reply.uri().resolve(location));
        }
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(
                    reply.uri() + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply;
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return send(request(uri).GET());
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach(
                    (name, value) -> header.append(name).append('=').append(value).append("; "));
            builder.header("Cookie", header.substring(0, header.length() - 2));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> reply =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : reply.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                boolean expired = setCookie.toLowerCase().contains("max-age=0");
                if (value.isEmpty() || expired) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        return reply;
    }

    private static String find(Pattern pattern, String html, String what) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " in:\n" + html);
        }
        return matcher.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&")
                .replace("&#x3d;", "=")
                .replace("&#61;", "=")
                .replace("&quot;", "\"");
    }
}
