package io.cognate.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalPathsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/internal",
                "/internal/",
                "/internal/verify",
                "/InTeRnAl/verify",
                "/%69nternal/verify",
                "/%2569nternal",
                "/%252569nternal",
                "//internal",
                "///internal/x",
                "/./internal",
                "/a/../internal",
                "/a/b/../../internal",
                "/../internal",
                "/%2e%2e/internal",
                "/oauth2/..%2finternal",
                "/oauth2/..%5cinternal",
                "\\internal",
                "/internal;x=1",
                "/.;/internal",
                "/ internal /"
            })
    void isInternalWhenDisguisedThenTrue(String path) {
        assertThat(InternalPaths.isInternal(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "",
                "/oauth2/token",
                "/internals",
                "/internal-docs",
                "/oauth2/internal",
                "/us-east-1_abc/.well-known/jwks.json",
                "/%zz/internal",
                "/%"
            })
    void isInternalWhenOrdinaryPathThenFalse(String path) {
        assertThat(InternalPaths.isInternal(path)).isFalse();
    }
}
