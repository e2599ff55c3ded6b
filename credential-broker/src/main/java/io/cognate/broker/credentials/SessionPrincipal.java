package io.cognate.broker.credentials;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Who a set of temporary credentials stands for: everything sealed in the session token except the
 * secret. Nothing here is secret, so it may be logged and put in events.
 *
 * @param accountId the account of the role
 * @param roleArn the role's ARN, path included
 * @param roleId the role's unique id ({@code AROA…})
 * @param roleName the role's name (the assumed-role ARN carries no path)
 * @param sessionName the role session name
 * @param issuedAt when the credentials were minted
 * @param expiration when they stop being accepted
 * @param sessionTags the session tags (principal tags for ABAC), keys as given
 * @param transitiveTagKeys the session tags that carry over to role chaining
 * @param sourceIdentity the source identity, or null
 * @param sessionPolicy an inline session policy that narrows the role's permissions, or null; the
 *     policy engine must intersect it with the role's policies
 * @param webIdentity the web identity the session came from, or null for AssumeRole
 */
public record SessionPrincipal(
        String accountId,
        String roleArn,
        String roleId,
        String roleName,
        String sessionName,
        Instant issuedAt,
        Instant expiration,
        Map<String, String> sessionTags,
        List<String> transitiveTagKeys,
        String sourceIdentity,
        String sessionPolicy,
        WebIdentity webIdentity) {

    public SessionPrincipal {
        sessionTags = sessionTags == null ? Map.of() : Map.copyOf(sessionTags);
        transitiveTagKeys = transitiveTagKeys == null ? List.of() : List.copyOf(transitiveTagKeys);
    }

    /** The same principal expiring at {@code newExpiration}. */
    public SessionPrincipal withExpiration(Instant newExpiration) {
        return new SessionPrincipal(
                accountId,
                roleArn,
                roleId,
                roleName,
                sessionName,
                issuedAt,
                newExpiration,
                sessionTags,
                transitiveTagKeys,
                sourceIdentity,
                sessionPolicy,
                webIdentity);
    }

    /** {@code arn:aws:sts::<account>:assumed-role/<role name>/<session name>}. */
    public String assumedRoleArn() {
        return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
    }

    /** {@code AROA…:<session name>}: GetCallerIdentity's {@code UserId}. */
    public String assumedRoleId() {
        return roleId + ":" + sessionName;
    }
}
