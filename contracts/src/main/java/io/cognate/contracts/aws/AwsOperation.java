package io.cognate.contracts.aws;

import io.smallrye.mutiny.Uni;

/**
 * One AWS API action. Implementations are named exactly after the action ({@code CreateUserPool}),
 * receive an already validated, deserialized request and never parse JSON or headers themselves.
 *
 * @param <I> the request record (members in AWS PascalCase on the wire)
 * @param <O> the response record
 */
public interface AwsOperation<I, O> {

    /** The request type the dispatcher deserializes the body into. */
    Class<I> requestType();

    /**
     * Runs the action; failures are {@link io.cognate.contracts.aws.error.AwsServiceException}s.
     */
    Uni<O> execute(I request, RequestContext context);

    /**
     * The AWS action name: the implementing class's simple name. Framework proxies ({@code
     * Foo_ClientProxy}, {@code Foo_Subclass}) are skipped; AWS action names have no underscore.
     */
    default String operationName() {
        Class<?> type = getClass();
        while (type.getSimpleName().contains("_") && type.getSuperclass() != null) {
            type = type.getSuperclass();
        }
        return type.getSimpleName();
    }
}
