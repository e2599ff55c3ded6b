package io.cognate.contracts.sigv4;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * What a signed request asks to do, in IAM terms: the action {@code <service>:<Operation>} (e.g.
 * {@code cognito-idp:AdminGetUser}) on the resource its input names.
 *
 * @param service the signing name and IAM service prefix, e.g. {@code cognito-idp}
 * @param operation the AWS operation name
 * @param input the request's input, already validated against the model
 */
public record AccessRequest(String service, String operation, JsonNode input) {

    private static final Pattern USER_POOL_ID = Pattern.compile("[\\w-]+_[0-9a-zA-Z]+");
    private static final Pattern IDENTITY_POOL_ID = Pattern.compile("[\\w-]+:[0-9a-f-]+");

    public String action() {
        return service + ':' + operation;
    }

    /**
     * The ARN of the pool the input names, as IAM policies name Cognito resources: {@code
     * arn:aws:cognito-idp:<region>:<account>:userpool/<UserPoolId>}, {@code
     * arn:aws:cognito-identity:<region>:<account>:identitypool/<IdentityPoolId>}; the {@code
     * ResourceArn} of the tagging operations; {@code *} for operations on no pool ({@code
     * ListUserPools}, {@code CreateIdentityPool}, ...).
     */
    public String resource(String region, String accountId) {
        String prefix = "arn:aws:" + service + ':' + region + ':' + accountId + ':';
        String userPool = text("UserPoolId");
        if ("cognito-idp".equals(service) && USER_POOL_ID.matcher(userPool).matches()) {
            return prefix + "userpool/" + userPool;
        }
        String identityPool = text("IdentityPoolId");
        if ("cognito-identity".equals(service)
                && IDENTITY_POOL_ID.matcher(identityPool).matches()) {
            return prefix + "identitypool/" + identityPool;
        }
        String arn = text("ResourceArn");
        return arn.startsWith("arn:") ? arn : "*";
    }

    private String text(String member) {
        JsonNode node = input == null ? null : input.get(member);
        return node != null && node.isTextual() ? node.asText() : "";
    }
}
