package io.cognate.userpool.userpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/** Parallel writers of one pool race on its version: losers see Cognito's error, never a 500. */
@QuarkusTest
class ConcurrentUpdateQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Test
    void updateWhenManyClientsChangeOnePoolAtOnceThenEachSucceedsOrIsToldToRetry()
            throws Exception {
        String id;
        try (var cognito = CognitoClients.root(endpoint)) {
            id = cognito.createUserPool(r -> r.poolName("contended")).userPool().id();
        }
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                int n = i;
                Callable<String> update =
                        () -> {
                            try (var cognito = CognitoClients.root(endpoint)) {
                                cognito.updateUserPool(
                                        r ->
                                                r.userPoolId(id)
                                                        .poolName("contended-" + n)
                                                        .mfaConfiguration(UserPoolMfaType.OFF));
                                return "OK";
                            } catch (CognitoIdentityProviderException e) {
                                return e.awsErrorDetails().errorCode();
                            }
                        };
                outcomes.add(writers.submit(update));
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                codes.add(outcome.get());
            }

            assertThat(codes).contains("OK").isSubsetOf("OK", "ConcurrentModificationException");
        } finally {
            writers.shutdownNow();
        }
        try (var cognito = CognitoClients.root(endpoint)) {
            assertThat(cognito.describeUserPool(r -> r.userPoolId(id)).userPool().name())
                    .startsWith("contended-");
        }
    }
}
