package io.cognate.userpool.appclient;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretHashTest {

    @Test
    void ofWhenPublishedExampleThenPublishedHash() {
        // pycognito / moto example (cognito.md §3.8); `openssl dgst -sha256 -hmac mysecret` agrees.
        assertThat(SecretHash.of("mysecret", "testuser", "clientid123"))
                .isEqualTo("iNsGYyvq/3RiLmL2E0FJWmVHFoYTuiZLdRW+VFhlTbs=");
    }

    @Test
    void ofWhenCognitoShapedValuesThenHashComputedWithOpensslOnce() {
        // printf '%s' 'alice@example.com5rsdt2r2ctoqr0o0pqfgz6kk1d'
        //   | openssl dgst -sha256 -hmac '<secret>' -binary | base64
        assertThat(
                        SecretHash.of(
                                "k3dgq1vq0tqxk8h3h2l5n0yq6c3bm7p9ud1s8f2w4e6r0t1a9z7",
                                "alice@example.com",
                                "5rsdt2r2ctoqr0o0pqfgz6kk1d"))
                .isEqualTo("HAajzdG8RKsKQ4Ff6JS9O1zoDOMpmixLtjcWPamhOhA=");
    }

    @Test
    void matchesWhenHashRightThenTrueAndWhenAnyInputDiffersThenFalse() {
        String hash = "iNsGYyvq/3RiLmL2E0FJWmVHFoYTuiZLdRW+VFhlTbs=";
        assertThat(SecretHash.matches("mysecret", "testuser", "clientid123", hash)).isTrue();
        assertThat(SecretHash.matches("mysecret", "testuser2", "clientid123", hash)).isFalse();
        assertThat(SecretHash.matches("mysecreT", "testuser", "clientid123", hash)).isFalse();
        assertThat(SecretHash.matches("mysecret", "testuser", "clientid124", hash)).isFalse();
        assertThat(SecretHash.matches("mysecret", "testuser", "clientid123", "")).isFalse();
    }
}
