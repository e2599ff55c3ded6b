package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPolicyTest {

    private final WebhookPolicy policy =
            new WebhookPolicy(
                    List.of("https://hooks.example.com:443/cognito/", "http://127.0.0.1:9000"),
                    List.of("127.0.0.1/32"));

    @Test
    void allowsUrlWhenHostPortAndPathPrefixMatchThenTrue() {
        assertThat(policy.allowsUrl(URI.create("https://hooks.example.com/cognito/pre"))).isTrue();
        assertThat(policy.allowsUrl(URI.create("https://HOOKS.example.com:443/cognito/x")))
                .isTrue();
        assertThat(policy.allowsUrl(URI.create("http://127.0.0.1:9000/any"))).isTrue();
    }

    @Test
    void allowsUrlWhenHostSchemePortOrPathDifferThenFalse() {
        assertThat(policy.allowsUrl(URI.create("https://hooks.example.com.evil.test/cognito/")))
                .isFalse();
        assertThat(policy.allowsUrl(URI.create("http://hooks.example.com/cognito/"))).isFalse();
        assertThat(policy.allowsUrl(URI.create("https://hooks.example.com:8443/cognito/")))
                .isFalse();
        assertThat(policy.allowsUrl(URI.create("https://hooks.example.com/other"))).isFalse();
        assertThat(policy.allowsUrl(URI.create("http://127.0.0.1:9001/any"))).isFalse();
        assertThat(policy.allowsUrl(URI.create("https://user:pw@hooks.example.com/cognito/")))
                .isFalse();
        assertThat(policy.allowsUrl(URI.create("file:///etc/passwd"))).isFalse();
    }

    @Test
    void allowsUrlWhenListIsEmptyThenNothingAndWhenStarThenAnyHttpUrl() {
        assertThat(new WebhookPolicy(List.of(), List.of()).allowsUrl(URI.create("https://a.test/")))
                .isFalse();
        WebhookPolicy any = new WebhookPolicy(List.of("*"), List.of());
        assertThat(any.allowsUrl(URI.create("https://a.test/x"))).isTrue();
        assertThat(any.allowsUrl(URI.create("ftp://a.test/x"))).isFalse();
        WebhookPolicy anyPort = new WebhookPolicy(List.of("http://127.0.0.1/"), List.of());
        assertThat(anyPort.allowsUrl(URI.create("http://127.0.0.1:41234/x"))).isTrue();
    }

    @Test
    void allowsAddressWhenInternalThenOnlyInsideAllowedNetworks() throws Exception {
        for (String internal :
                List.of(
                        "10.1.2.3",
                        "172.16.0.1",
                        "172.31.255.255",
                        "192.168.1.1",
                        "169.254.169.254",
                        "100.64.0.1",
                        "127.0.0.2",
                        "0.0.0.0",
                        "::1",
                        "::",
                        "fe80::1",
                        "fd00::1",
                        "::ffff:10.0.0.1",
                        "224.0.0.1")) {
            assertThat(policy.allowsAddress(InetAddress.getByName(internal)))
                    .as(internal)
                    .isFalse();
        }
        assertThat(policy.allowsAddress(InetAddress.getByName("127.0.0.1"))).isTrue();
    }

    @Test
    void allowsAddressWhenPublicThenTrue() throws Exception {
        assertThat(policy.allowsAddress(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(policy.allowsAddress(InetAddress.getByName("172.32.0.1"))).isTrue();
        assertThat(policy.allowsAddress(InetAddress.getByName("2606:4700::1111"))).isTrue();
    }
}
