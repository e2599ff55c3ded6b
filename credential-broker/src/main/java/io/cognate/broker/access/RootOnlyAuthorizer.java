package io.cognate.broker.access;

import io.cognate.contracts.aws.Caller;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Until the policy engine provides an {@link ActionAuthorizer}: the account's root principal may do
 * everything, everyone else nothing (AWS, too, lets root do anything in its account).
 */
@DefaultBean
@ApplicationScoped
public class RootOnlyAuthorizer implements ActionAuthorizer {

    @Override
    public Uni<Boolean> allows(Caller caller, String action, String resource) {
        return Uni.createFrom().item(isAccountRoot(caller));
    }

    static boolean isAccountRoot(Caller caller) {
        return caller.arn().equals("arn:aws:iam::" + caller.accountId() + ":root");
    }
}
