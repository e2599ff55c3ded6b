package io.cognate.broker.role;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Creates a role with its trust policy. The model checks the name, path, lengths and the duration
 * range (3600–43200 s); here: the trust policy's grammar and quota, unique tag keys, and that the
 * name is free regardless of case.
 */
@ApplicationScoped
public class CreateRole implements AwsOperation<CreateRole.Request, CreateRole.Response> {

    static final int DEFAULT_MAX_SESSION_DURATION = 3600;

    public record Request(
            String path,
            String roleName,
            String assumeRolePolicyDocument,
            String description,
            Integer maxSessionDuration,
            String permissionsBoundary,
            List<Tag> tags) {}

    public record Response(Role role) {}

    private final Pool pool;
    private final RoleRepository roles;
    private final RoleAccess access;

    CreateRole(Pool pool, RoleRepository roles, RoleAccess access) {
        this.pool = pool;
        this.roles = roles;
        this.access = access;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        if (request.permissionsBoundary() != null) {
            throw new InvalidInputException(
                    "Permissions boundaries are not supported: Cognate has no managed policies.");
        }
        RoleRules.requireTrustPolicy(request.assumeRolePolicyDocument());
        List<Tag> tags = request.tags() == null ? List.of() : request.tags();
        RoleRules.requireUniqueTagKeys(tags);
        String path = request.path() == null ? "/" : request.path();
        RoleEntity role =
                new RoleEntity(
                        RoleRules.newRoleId(),
                        request.roleName(),
                        path,
                        access.arn(path, request.roleName()),
                        request.assumeRolePolicyDocument(),
                        request.description(),
                        request.maxSessionDuration() == null
                                ? DEFAULT_MAX_SESSION_DURATION
                                : request.maxSessionDuration(),
                        tags,
                        context.receivedAt());
        return access.authorize(pool, context, "iam:CreateRole", role.arn())
                .chain(() -> pool.withTransaction(sql -> roles.insert(sql, role)))
                .replaceWith(() -> new Response(Role.detailed(role)));
    }
}
