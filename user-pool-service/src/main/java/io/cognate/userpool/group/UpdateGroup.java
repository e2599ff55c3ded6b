package io.cognate.userpool.group;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.userpool.GroupUpdated;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolStore;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Updates a group's description, role and precedence. Only the members the request carries change;
 * the others keep their values. Unlike UpdateUserPool, Cognito documents UpdateGroup as updating
 * "any of the properties", and clients rely on it: the Terraform AWS provider sends only the
 * changed members and would see drift if the others were cleared.
 */
@ApplicationScoped
public class UpdateGroup implements AwsOperation<UpdateGroup.Request, UpdateGroup.Response> {

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

    UpdateGroup(UserPoolStore pools, GroupRepository groups, Outbox outbox) {
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
                .chain(() -> groups.require(request.userPoolId(), request.groupName()))
                .invoke(
                        group -> {
                            if (request.description() != null) {
                                group.description = request.description();
                            }
                            if (request.roleArn() != null) {
                                group.roleArn = request.roleArn();
                            }
                            if (request.precedence() != null) {
                                group.precedence = request.precedence();
                            }
                            group.lastModifiedAt = now;
                        })
                .call(
                        group ->
                                outbox.append(
                                        new GroupUpdated(
                                                outbox.metadata(UserPoolConfigEvent.TOPIC, now),
                                                group.userPoolId,
                                                group.name)))
                .map(group -> new Response(GroupType.of(group)));
    }
}
