package io.cognate.userpool.group;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.LimitExceededException;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.contracts.events.userpool.GroupCreated;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.userpool.errors.GroupExistsException;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolStore;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Creates a group in a pool; a pool holds at most 10,000 groups (cognito.md §7.3). */
@ApplicationScoped
public class CreateGroup implements AwsOperation<CreateGroup.Request, CreateGroup.Response> {

    static final int MAX_GROUPS_PER_POOL = 10_000;

    public record Request(
            String groupName,
            String userPoolId,
            String description,
            String roleArn,
            Integer precedence) {}

    public record Response(GroupType group) {}

    private final UserPoolStore pools;
    private final GroupRepository groups;
    private final Outbox outbox;

    CreateGroup(UserPoolStore pools, GroupRepository groups, Outbox outbox) {
        this.pools = pools;
        this.groups = groups;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return pools.requireExists(request.userPoolId())
                .chain(() -> groups.findByName(request.userPoolId(), request.groupName()))
                .invoke(
                        existing -> {
                            if (existing != null) {
                                throw exists();
                            }
                        })
                .chain(() -> groups.countIn(request.userPoolId()))
                .invoke(
                        count -> {
                            if (count >= MAX_GROUPS_PER_POOL) {
                                throw new LimitExceededException(
                                        "The user pool already has the maximum of "
                                                + MAX_GROUPS_PER_POOL
                                                + " groups.");
                            }
                        })
                .chain(() -> groups.persistAndFlush(newGroup(request, now)))
                // A concurrent CreateGroup or DeleteUserPool can still win between the checks
                // and the insert; the constraints decide and the caller gets Cognito's error.
                .onFailure(Constraints::isUniqueViolation)
                .transform(e -> exists())
                .onFailure(Constraints::isForeignKeyViolation)
                .transform(
                        e ->
                                new ResourceNotFoundException(
                                        "User pool " + request.userPoolId() + " does not exist."))
                .call(
                        group ->
                                outbox.append(
                                        new GroupCreated(
                                                outbox.metadata(UserPoolConfigEvent.TOPIC, now),
                                                group.userPoolId,
                                                group.name)))
                .map(group -> new Response(GroupType.of(group)));
    }

    private static GroupEntity newGroup(Request request, Instant now) {
        GroupEntity group = new GroupEntity();
        group.id = UUID.randomUUID();
        group.userPoolId = request.userPoolId();
        group.name = request.groupName();
        group.description = request.description();
        group.roleArn = request.roleArn();
        group.precedence = request.precedence();
        group.createdAt = now;
        group.lastModifiedAt = now;
        return group;
    }

    private static GroupExistsException exists() {
        return new GroupExistsException("A group with the name already exists.");
    }
}
