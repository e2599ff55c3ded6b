package io.cognate.userpool.user;

import io.cognate.userpool.trigger.PreSignUpTrigger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AdminCreateUser's creation behind the PreSignUp trigger ({@code PreSignUp_AdminCreateUser}): a
 * rejection creates no user; autoVerifyEmail / autoVerifyPhone verify attributes the user has, as
 * Cognito honours them there; autoConfirmUser means nothing for a user who must still change the
 * temporary password, and is ignored as Cognito ignores it.
 */
@ApplicationScoped
class AdminSignUps {

    private final NewUsers newUsers;
    private final PreSignUpTrigger preSignUp;

    AdminSignUps(NewUsers newUsers, PreSignUpTrigger preSignUp) {
        this.newUsers = newUsers;
        this.preSignUp = preSignUp;
    }

    Uni<UserAccountEntity> create(
            PoolRules pool, AdminCreateUser.Request request, String password, Instant now) {
        Map<String, String> checked =
                AttributeRules.forCreate(
                        pool, request.userAttributes(), AttributeRules.Writer.ADMIN);
        return preSignUp
                .invoke(
                        pool.userPoolId(),
                        PreSignUpTrigger.ADMIN_CREATE_USER,
                        request.username(),
                        null,
                        checked,
                        validationData(request),
                        request.clientMetadata())
                .chain(
                        decision ->
                                newUsers.create(
                                        pool,
                                        request.username(),
                                        DecidedSignUps.autoVerified(checked, decision),
                                        password,
                                        UserStatus.FORCE_CHANGE_PASSWORD,
                                        Boolean.TRUE.equals(request.forceAliasCreation()),
                                        now));
    }

    private static Map<String, String> validationData(AdminCreateUser.Request request) {
        if (request.validationData() == null) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        request.validationData().forEach(a -> map.put(a.name(), a.value()));
        return map;
    }
}
