package io.cognate.userpool.membership;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.group.GroupEntity;
import io.cognate.userpool.group.GroupType;
import io.cognate.userpool.group.Groups;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Lists a user's groups in {@link GroupOrder}: by precedence (lowest first, none last), then by
 * name. Cognito documents no order; this one is stable and is the order in which the groups decide
 * {@code cognito:preferred_role}. {@code Limit} 0–60 (absent or 0: 60), opaque {@code NextToken}. A
 * user has at most 100 groups, so the page is cut from the whole, sorted list.
 */
@ApplicationScoped
public class AdminListGroupsForUser
        implements AwsOperation<AdminListGroupsForUser.Request, AdminListGroupsForUser.Response> {

    static final int MAX_LIMIT = 60;

    public record Request(String username, String userPoolId, Integer limit, String nextToken) {}

    public record Response(List<GroupType> groups, String nextToken) {}

    private final Users users;
    private final Groups groups;
    private final MembershipStore memberships;

    AdminListGroupsForUser(Users users, Groups groups, MembershipStore memberships) {
        this.users = users;
        this.groups = groups;
        this.memberships = memberships;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        GroupOrder after =
                request.nextToken() == null ? null : GroupOrder.decode(request.nextToken());
        int limit = request.limit() == null || request.limit() == 0 ? MAX_LIMIT : request.limit();
        return users.require(request.userPoolId(), request.username())
                .chain(user -> memberships.groupsOf(user.userPoolId, user.sub))
                .map(all -> page(all, after, limit));
    }

    private Response page(List<GroupEntity> all, GroupOrder after, int limit) {
        List<GroupEntity> rest =
                after == null
                        ? all
                        : all.stream().filter(g -> GroupOrder.of(g).compareTo(after) > 0).toList();
        List<GroupEntity> shown = rest.subList(0, Math.min(limit, rest.size()));
        String next =
                rest.size() > limit ? GroupOrder.of(shown.get(shown.size() - 1)).encode() : null;
        return new Response(shown.stream().map(groups::describe).toList(), next);
    }
}
