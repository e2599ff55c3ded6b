package io.cognate.broker.protocol;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.query.AwsQueryDispatcher;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.cognate.contracts.vertx.AwsRoute;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * {@code /} speaks the AWS Query protocol of STS: form bodies with {@code Action=}, XML replies.
 */
@ApplicationScoped
public class StsQueryApi {

    private static final Logger LOG = Logger.getLogger(StsQueryApi.class);
    static final String MODEL = "sts-2011-06-15.service.json";

    void mount(
            @Observes Router router,
            @Any Instance<AwsOperation<?, ?>> operations,
            SigV4Verifier verifier,
            Clock clock) {
        var dispatcher =
                new AwsQueryDispatcher(
                        ServiceModel.fromClasspath(MODEL),
                        verifier,
                        operations.stream().toList(),
                        clock);
        AwsRoute.mount(router, dispatcher::dispatch, HttpMethod.POST, HttpMethod.GET);
        LOG.infof("Serving %d sts operations", dispatcher.operationNames().size());
    }
}
