package io.cognate.gateway.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** Every upstream points at a port nobody listens on: connections are refused. */
public class UnreachableUpstreamsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        String url = "http://127.0.0.1:" + closedPort();
        return Map.of(
                "cognate.upstream.user-pool-service", url,
                "cognate.upstream.identity-pool-service", url,
                "cognate.upstream.credential-broker", url);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
