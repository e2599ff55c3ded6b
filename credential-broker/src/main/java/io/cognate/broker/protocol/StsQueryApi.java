package io.cognate.broker.protocol;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.cognate.contracts.vertx.AwsRoute;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;

/**
 * {@code /} speaks the AWS Query protocol of STS: form bodies with {@code Action=}, XML replies;
 * every {@link AwsOperation} bean is one action of the official sts model.
 */
@ApplicationScoped
public class StsQueryApi {

    void mount(
            @Observes Router router,
            @Any Instance<AwsOperation<?, ?>> operations,
            SigV4Verifier verifier,
            Clock clock) {
        AwsRoute.mountQuery(
                router,
                "sts-2011-06-15.service.json",
                verifier,
                operations.stream().toList(),
                clock);
    }
}
