package io.cognate.identitypool.protocol;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.json.AwsJsonDispatcher;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.cognate.contracts.vertx.AwsRoute;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code POST /} speaks AWS JSON 1.1 for {@code AWSCognitoIdentityService.*}: every {@link
 * AwsOperation} bean is one action of the official cognito-identity model.
 */
@ApplicationScoped
public class AwsJsonApi {

    private static final Logger LOG = Logger.getLogger(AwsJsonApi.class);
    static final String MODEL = "cognito-identity-2014-06-30.service.json";

    void mount(
            @Observes Router router,
            @Any Instance<AwsOperation<?, ?>> operations,
            SigV4Verifier verifier,
            Clock clock) {
        List<AwsOperation<?, ?>> all = operations.stream().toList();
        var dispatcher =
                new AwsJsonDispatcher(ServiceModel.fromClasspath(MODEL), verifier, all, clock);
        AwsRoute.mount(router, dispatcher::dispatch, HttpMethod.POST);
        LOG.infof("Serving %d cognito-identity operations", dispatcher.operationNames().size());
    }
}
