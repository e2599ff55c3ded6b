package io.cognate.identitypool.protocol;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.cognate.contracts.vertx.AwsRoute;
import io.cognate.identitypool.platform.PersistenceFailures;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;

/**
 * {@code POST /} speaks AWS JSON 1.1 for {@code AWSCognitoIdentityService.*}: every {@link
 * AwsOperation} bean is one action of the official cognito-identity model.
 */
@ApplicationScoped
public class AwsJsonApi {

    void mount(
            @Observes Router router,
            @Any Instance<AwsOperation<?, ?>> operations,
            SigV4Verifier verifier,
            Clock clock) {
        AwsRoute.mountJson(
                router,
                "cognito-identity-2014-06-30.service.json",
                verifier,
                operations.stream().toList(),
                clock,
                new PersistenceFailures());
    }
}
