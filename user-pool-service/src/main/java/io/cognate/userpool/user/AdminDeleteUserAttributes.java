package io.cognate.userpool.user;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.userpool.UserAttributesUpdated;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Removes attributes other than required or immutable ones; removing an email or phone number
 * removes its verification flag and alias with it.
 */
@ApplicationScoped
public class AdminDeleteUserAttributes
        implements AwsOperation<
                AdminDeleteUserAttributes.Request, AdminDeleteUserAttributes.Response> {

    public record Request(String userPoolId, String username, List<String> userAttributeNames) {}

    public record Response() {}

    private final UserPoolRepository pools;
    private final Users users;
    private final Aliases aliases;
    private final Outbox outbox;

    AdminDeleteUserAttributes(
            UserPoolRepository pools, Users users, Aliases aliases, Outbox outbox) {
        this.pools = pools;
        this.users = users;
        this.aliases = aliases;
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
        return pools.require(request.userPoolId())
                .map(PoolRules::of)
                .chain(
                        pool -> {
                            AttributeRules.checkDeletable(
                                    pool,
                                    request.userAttributeNames(),
                                    AttributeRules.Writer.ADMIN);
                            return users.require(pool, request.username())
                                    .call(user -> delete(pool, user, request, now));
                        })
                .replaceWith(new Response());
    }

    private Uni<Void> delete(PoolRules pool, UserAccountEntity user, Request request, Instant now) {
        Map<String, String> attributes = new HashMap<>(user.attributes);
        TreeSet<String> deleted = new TreeSet<>(request.userAttributeNames());
        for (String contact : List.of("email", "phone_number")) {
            if (deleted.contains(contact) && attributes.containsKey(contact + "_verified")) {
                deleted.add(contact + "_verified");
            }
        }
        deleted.forEach(attributes::remove);
        user.attributes = attributes;
        user.lastModifiedAt = now;
        return aliases.sync(pool, user, false, UserAttributeChanges::aliasTaken)
                .call(
                        () ->
                                outbox.append(
                                        new UserAttributesUpdated(
                                                outbox.metadata(UserEvent.TOPIC, now),
                                                user.userPoolId,
                                                user.sub.toString(),
                                                user.username,
                                                List.of(),
                                                List.copyOf(deleted))));
    }
}
