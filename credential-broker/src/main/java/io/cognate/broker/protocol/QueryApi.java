package io.cognate.broker.protocol;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.AwsHttpResponse;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.OperationRunner;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.query.AwsQueryDispatcher;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.cognate.contracts.vertx.AwsRoute;
import io.smallrye.mutiny.Uni;
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
 * {@code /} speaks the AWS Query protocol of two services: STS ({@code Version=2011-06-15}) and IAM
 * ({@code Version=2010-05-08}), form bodies with {@code Action=}, XML replies. Every {@link
 * AwsOperation} bean is one action of exactly one of the two official models; requests go to IAM
 * when they name its version (or, without a version, one of its actions), otherwise to STS.
 */
@ApplicationScoped
public class QueryApi {

    private static final Logger LOG = Logger.getLogger(QueryApi.class);
    public static final String STS_MODEL = "sts-2011-06-15.service.json";
    static final String IAM_MODEL = "iam-2010-05-08.service.json";

    void mount(
            @Observes Router router,
            @Any Instance<AwsOperation<?, ?>> operations,
            SigV4Verifier verifier,
            Clock clock) {
        List<AwsOperation<?, ?>> all = operations.stream().toList();
        ServiceModel sts = ServiceModel.fromClasspath(STS_MODEL);
        ServiceModel iam = ServiceModel.fromClasspath(IAM_MODEL);
        all.stream()
                .filter(op -> sts.operation(op.operationName()).isEmpty())
                .filter(op -> iam.operation(op.operationName()).isEmpty())
                .findAny()
                .ifPresent(
                        op -> {
                            throw new IllegalStateException(
                                    op.operationName() + " is an action of neither STS nor IAM");
                        });
        var stsDispatcher = dispatcher(sts, all, verifier, clock);
        var iamDispatcher = dispatcher(iam, all, verifier, clock);
        AwsRoute.mount(
                router,
                request -> dispatch(request, stsDispatcher, iamDispatcher, iam),
                HttpMethod.POST,
                HttpMethod.GET);
        LOG.infof(
                "Serving %d STS and %d IAM actions",
                stsDispatcher.operationNames().size(), iamDispatcher.operationNames().size());
    }

    private static Uni<AwsHttpResponse> dispatch(
            AwsHttpRequest request,
            AwsQueryDispatcher sts,
            AwsQueryDispatcher iam,
            ServiceModel iamModel) {
        PresentedSessionToken.bind(request);
        QueryTarget target = QueryTarget.of(request);
        boolean forIam =
                target.version()
                        .map(iamModel.apiVersion()::equals)
                        .orElseGet(
                                () ->
                                        target.action()
                                                .filter(iam.operationNames()::contains)
                                                .isPresent());
        return (forIam ? iam : sts).dispatch(request);
    }

    private static AwsQueryDispatcher dispatcher(
            ServiceModel model,
            List<AwsOperation<?, ?>> operations,
            SigV4Verifier verifier,
            Clock clock) {
        List<AwsOperation<?, ?>> own =
                operations.stream()
                        .filter(op -> model.operation(op.operationName()).isPresent())
                        .toList();
        return new AwsQueryDispatcher(new OperationRunner(model, verifier, own, clock));
    }
}
