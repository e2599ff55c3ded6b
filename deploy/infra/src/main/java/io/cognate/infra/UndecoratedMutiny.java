package io.cognate.infra;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * For services that leave Mutiny's context-propagation decorator out ({@code
 * quarkus.class-loading.removed-artifacts}): capturing a thread context around every operator cost
 * them CPU on each request and nothing they run needs one. Fails when Mutiny wraps callbacks again,
 * i.e. when a dependency change brought a decorator back.
 */
public final class UndecoratedMutiny {

    private UndecoratedMutiny() {}

    public static void assertCallbacksUndecorated() {
        Function<String, String> function = String::trim;
        Supplier<String> supplier = () -> "s";
        if (Infrastructure.decorate(function) != function
                || Infrastructure.decorate(supplier) != supplier) {
            throw new AssertionError(
                    "Mutiny decorates callbacks: a context-propagation decorator is on the"
                            + " class path again");
        }
    }
}
