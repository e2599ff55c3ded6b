package io.cognate.userpool.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.trigger.Trigger;
import io.cognate.userpool.trigger.TriggerEvent;
import io.cognate.userpool.trigger.TriggerJson;
import io.cognate.userpool.trigger.TriggerTarget;
import io.cognate.userpool.trigger.Triggers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The PreTokenGeneration trigger, a customizer between claim assembly and signing: V1 events may
 * change the ID token's claims and the groups, V2 events also the access token's claims and scopes
 * ({@link ClaimOverrides}). Without the trigger the claims stay as assembled.
 */
@ApplicationScoped
class PreTokenGeneration {

    static final String AUTHENTICATION = "TokenGeneration_Authentication";
    static final String REFRESH_TOKENS = "TokenGeneration_RefreshTokens";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Triggers triggers;

    PreTokenGeneration(Triggers triggers) {
        this.triggers = triggers;
    }

    /** Applies the receiver's overrides to the two claim sets in place. */
    Uni<Void> customize(
            String triggerSource,
            TokenSubject user,
            TokenSession session,
            Map<String, Object> idClaims,
            Map<String, Object> accessClaims) {
        return triggers.target(user.userPoolId(), Trigger.PreTokenGeneration)
                .chain(
                        target ->
                                target.isEmpty()
                                        ? Uni.createFrom().voidItem()
                                        : call(
                                                target.get(),
                                                triggerSource,
                                                user,
                                                session,
                                                idClaims,
                                                accessClaims));
    }

    private Uni<Void> call(
            TriggerTarget target,
            String triggerSource,
            TokenSubject user,
            TokenSession session,
            Map<String, Object> idClaims,
            Map<String, Object> accessClaims) {
        boolean v1 = target.version().equals("1");
        ObjectNode request = JSON.objectNode();
        request.set(
                "userAttributes",
                object(TriggerJson.userAttributes(user.sub(), user.status(), user.attributes())));
        ObjectNode groups = request.putObject("groupConfiguration");
        var names = groups.putArray("groupsToOverride");
        user.groups().forEach(g -> names.add(g.name));
        var roles = groups.putArray("iamRolesToOverride");
        Claims.roles(user.groups()).forEach(roles::add);
        String preferred = Claims.preferredRole(user.groups());
        if (preferred == null) {
            groups.putNull("preferredRole");
        } else {
            groups.put("preferredRole", preferred);
        }
        if (!v1) {
            request.putArray("scopes").add(Claims.USER_ADMIN_SCOPE);
        }
        ObjectNode response = JSON.objectNode();
        response.putNull(v1 ? "claimsOverrideDetails" : "claimsAndScopeOverrideDetails");
        TriggerEvent event =
                new TriggerEvent(
                        user.userPoolId(),
                        triggerSource,
                        user.username(),
                        session.client().clientId(),
                        request,
                        response);
        return triggers.invoke(target, event)
                .invoke(
                        answer -> {
                            JsonNode details =
                                    answer.path(
                                            v1
                                                    ? "claimsOverrideDetails"
                                                    : "claimsAndScopeOverrideDetails");
                            if (v1) {
                                ClaimOverrides.applyV1(details, idClaims, accessClaims);
                            } else {
                                ClaimOverrides.applyV2(details, idClaims, accessClaims);
                            }
                        })
                .replaceWithVoid();
    }

    private static ObjectNode object(Map<String, String> values) {
        ObjectNode node = JSON.objectNode();
        values.forEach(node::put);
        return node;
    }
}
