package io.cognate.broker.role;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.LimitExceededException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds tags to a role; a tag whose key the role already has (in any case) replaces it. At most 50
 * tags per role, as on IAM.
 */
@ApplicationScoped
public class TagRole implements AwsOperation<TagRole.Request, TagRole.Response> {

    public record Request(String roleName, List<Tag> tags) {}

    public record Response() {}

    private final Pool pool;
    private final RoleRepository roles;
    private final RoleAccess access;
    private final RolesByName byName;

    TagRole(Pool pool, RoleRepository roles, RoleAccess access, RolesByName byName) {
        this.byName = byName;
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
        RoleRules.requireUniqueTagKeys(request.tags());
        return pool.withTransaction(
                        sql ->
                                access.existing(
                                                sql,
                                                context,
                                                "iam:TagRole",
                                                request.roleName(),
                                                true)
                                        .call(
                                                role ->
                                                        roles.updateTags(
                                                                sql,
                                                                role.roleId(),
                                                                merged(
                                                                        role.tags(),
                                                                        request.tags()))))
                .invoke(() -> byName.invalidate(request.roleName()))
                .replaceWith(new Response());
    }

    private static List<Tag> merged(List<Tag> existing, List<Tag> added) {
        List<Tag> tags = new ArrayList<>();
        for (Tag tag : existing) {
            boolean replaced = added.stream().anyMatch(a -> sameKey(a.key(), tag.key()));
            if (!replaced) {
                tags.add(tag);
            }
        }
        tags.addAll(added);
        if (tags.size() > RoleRules.MAX_TAGS) {
            throw new LimitExceededException(
                    "Cannot exceed quota for TagsPerRole: " + RoleRules.MAX_TAGS);
        }
        return tags;
    }

    private static boolean sameKey(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
