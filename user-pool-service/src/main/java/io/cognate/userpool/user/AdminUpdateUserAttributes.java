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
import java.util.Objects;
import java.util.TreeSet;

/**
 * Sets user attributes. A changed email or phone number becomes unverified unless the request sets
 * its {@code *_verified} flag too, and aliases follow (AliasExistsException when another user holds
 * the new one).
 */
@ApplicationScoped
public class AdminUpdateUserAttributes
        implements AwsOperation<
                AdminUpdateUserAttributes.Request, AdminUpdateUserAttributes.Response> {

    public record Request(
            String userPoolId,
            String username,
            List<Attribute> userAttributes,
            Map<String, String> clientMetadata) {}

    public record Response() {}

    private final UserPoolRepository pools;
    private final Users users;
    private final Aliases aliases;
    private final Outbox outbox;

    AdminUpdateUserAttributes(
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
                            Map<String, String> updates =
                                    AttributeRules.forUpdate(
                                            pool,
                                            request.userAttributes(),
                                            AttributeRules.Writer.ADMIN);
                            return users.require(pool, request.username())
                                    .call(user -> update(pool, user, updates, now));
                        })
                .replaceWith(new Response());
    }

    private Uni<Void> update(
            PoolRules pool, UserAccountEntity user, Map<String, String> updates, Instant now) {
        Map<String, String> attributes = new HashMap<>(user.attributes);
        TreeSet<String> changed = new TreeSet<>(updates.keySet());
        for (String contact : List.of("email", "phone_number")) {
            String verified = contact + "_verified";
            boolean contactChanged =
                    updates.containsKey(contact)
                            && !Objects.equals(updates.get(contact), attributes.get(contact));
            if (contactChanged && !updates.containsKey(verified)) {
                attributes.put(verified, "false");
                changed.add(verified);
            }
        }
        attributes.putAll(updates);
        user.attributes = attributes;
        user.lastModifiedAt = now;
        return aliases.sync(pool, user, false, UserAttributeChanges::aliasTaken)
                .call(() -> Writes.flush(UserAttributeChanges::onConstraint))
                .call(
                        () ->
                                outbox.append(
                                        new UserAttributesUpdated(
                                                outbox.metadata(UserEvent.TOPIC, now),
                                                user.userPoolId,
                                                user.sub.toString(),
                                                user.username,
                                                List.copyOf(changed),
                                                List.of())));
    }
}
