package io.cognate.userpool.membership;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.paging.KeysetToken;
import io.cognate.userpool.group.Groups;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.UserType;
import io.cognate.userpool.user.Users;
import io.cognate.userpool.userpool.UserPoolStore;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists a group's users in the order they joined, rendered as ListUsers renders them. {@code Limit}
 * 0–60 (absent or 0: 60); the opaque keyset {@code NextToken} stays valid while members are added.
 */
@ApplicationScoped
public class ListUsersInGroup
        implements AwsOperation<ListUsersInGroup.Request, ListUsersInGroup.Response> {

    static final int MAX_LIMIT = 60;

    public record Request(String userPoolId, String groupName, Integer limit, String nextToken) {}

    public record Response(List<UserType> users, String nextToken) {}

    private final UserPoolStore pools;
    private final Groups groups;
    private final Users users;
    private final MembershipRepository members;

    ListUsersInGroup(
            UserPoolStore pools, Groups groups, Users users, MembershipRepository members) {
        this.pools = pools;
        this.groups = groups;
        this.users = users;
        this.members = members;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        KeysetToken after = KeysetToken.decodeOrFirst(request.nextToken());
        int limit = request.limit() == null || request.limit() == 0 ? MAX_LIMIT : request.limit();
        return pools.requireExists(request.userPoolId())
                .chain(() -> groups.require(request.userPoolId(), request.groupName()))
                .chain(group -> members.pageOf(group.id, after, limit + 1))
                .chain(
                        page -> {
                            List<GroupMemberEntity> shown =
                                    page.subList(0, Math.min(limit, page.size()));
                            String next =
                                    page.size() > limit
                                            ? shown.get(shown.size() - 1).position().encode()
                                            : null;
                            List<UUID> subs = shown.stream().map(m -> m.sub).toList();
                            return users.findAllBySub(request.userPoolId(), subs)
                                    .map(found -> new Response(inOrder(subs, found), next));
                        });
    }

    /** The users in the page's order; one deleted since the page was read is left out. */
    private List<UserType> inOrder(List<UUID> subs, List<UserAccountEntity> found) {
        Map<UUID, UserAccountEntity> bySub =
                found.stream().collect(Collectors.toMap(u -> u.sub, Function.identity()));
        return subs.stream().map(bySub::get).filter(Objects::nonNull).map(users::describe).toList();
    }
}
