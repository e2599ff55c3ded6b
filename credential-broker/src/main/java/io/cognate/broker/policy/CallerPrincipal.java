package io.cognate.broker.policy;

import java.util.Objects;

/**
 * Who asks, as a trust policy's {@code Principal} element sees it.
 *
 * @param type the {@code Principal} map key the caller is listed under
 * @param id an ARN for {@link Type#AWS} ({@code arn:aws:iam::<account>:root}, a role ARN or an
 *     assumed-role session ARN), the provider for {@link Type#FEDERATED} ({@code
 *     cognito-identity.amazonaws.com}), the service principal for {@link Type#SERVICE}
 */
public record CallerPrincipal(Type type, String id) {

    public enum Type {
        AWS,
        FEDERATED,
        SERVICE
    }

    public CallerPrincipal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static CallerPrincipal aws(String arn) {
        return new CallerPrincipal(Type.AWS, arn);
    }

    public static CallerPrincipal federated(String provider) {
        return new CallerPrincipal(Type.FEDERATED, provider);
    }

    public static CallerPrincipal service(String servicePrincipal) {
        return new CallerPrincipal(Type.SERVICE, servicePrincipal);
    }
}
