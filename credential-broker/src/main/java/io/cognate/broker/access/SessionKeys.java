package io.cognate.broker.access;

import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.credentials.WebIdentity;
import io.cognate.broker.policy.ConditionContext;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The condition keys a role session brings to every request, as IAM sets them for an assumed role:
 * {@code aws:userid} ({@code AROA…:<session>}), {@code aws:PrincipalArn} (the role), {@code
 * aws:PrincipalTag/…} (session tags), {@code aws:TokenIssueTime}, and for web identity sessions
 * {@code <provider>:sub}, {@code :aud}, {@code :amr} and {@code aws:FederatedProvider}. {@code
 * aws:username} is absent, as AWS leaves it absent for role sessions.
 */
public final class SessionKeys {

    /** Global keys that describe the request, which a resource service may supply. */
    private static final Set<String> REQUEST_GLOBAL_KEYS =
            Set.of(
                    "aws:sourceip",
                    "aws:securetransport",
                    "aws:referer",
                    "aws:useragent",
                    "aws:requestedregion",
                    "aws:tagkeys",
                    "aws:sourcevpc",
                    "aws:sourcevpce",
                    "aws:vpcsourceip",
                    "aws:sourcearn",
                    "aws:sourceaccount",
                    "aws:viaawsservice",
                    "aws:calledvia");

    private static final Pattern SERVICE_PREFIX = Pattern.compile("[a-z0-9-]+");

    private SessionKeys() {}

    public static Map<String, List<String>> of(SessionPrincipal session) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put(ConditionContext.USERID, List.of(session.assumedRoleId()));
        keys.put("aws:PrincipalArn", List.of(session.roleArn()));
        keys.put("aws:PrincipalAccount", List.of(session.accountId()));
        keys.put("aws:PrincipalType", List.of("AssumedRole"));
        keys.put(
                "aws:TokenIssueTime",
                List.of(DateTimeFormatter.ISO_INSTANT.format(session.issuedAt())));
        session.sessionTags()
                .forEach(
                        (tag, value) ->
                                keys.put(ConditionContext.PRINCIPAL_TAG + tag, List.of(value)));
        if (session.sourceIdentity() != null) {
            keys.put("aws:SourceIdentity", List.of(session.sourceIdentity()));
        }
        WebIdentity web = session.webIdentity();
        if (web != null) {
            keys.put("aws:FederatedProvider", List.of(web.provider()));
            keys.put(web.provider() + ":sub", List.of(web.subject()));
            keys.put(web.provider() + ":aud", List.of(web.audience()));
            if (!web.amr().isEmpty()) {
                keys.put(web.provider() + ":amr", web.amr());
            }
        }
        return keys;
    }

    /**
     * Whether a resource service may set {@code key} for a request: service keys ({@code
     * s3:prefix}) and the global keys about the request ({@code aws:SourceIp}, {@code
     * aws:RequestTag/…}, {@code aws:ResourceTag/…}); never keys about the principal ({@code
     * aws:PrincipalTag/…}, {@code aws:userid}, a web identity provider's {@code sub}), which only
     * the session's own token may supply.
     */
    public static boolean isRequestKey(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        String prefix = lower.substring(0, colon);
        if (prefix.equals("aws")) {
            return REQUEST_GLOBAL_KEYS.contains(lower)
                    || lower.startsWith("aws:requesttag/")
                    || lower.startsWith("aws:resourcetag/");
        }
        return SERVICE_PREFIX.matcher(prefix).matches();
    }
}
