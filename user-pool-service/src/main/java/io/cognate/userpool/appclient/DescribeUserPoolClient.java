package io.cognate.userpool.appclient;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Returns an app client's configuration, its secret included, as Cognito does. */
@ApplicationScoped
public class DescribeUserPoolClient
        implements AwsOperation<DescribeUserPoolClient.Request, DescribeUserPoolClient.Response> {

    public record Request(String userPoolId, String clientId) {}

    public record Response(ObjectNode userPoolClient) {}

    private final UserPoolRepository pools;
    private final AppClientRepository clients;
    private final ClientSecretCipher cipher;

    DescribeUserPoolClient(
            UserPoolRepository pools, AppClientRepository clients, ClientSecretCipher cipher) {
        this.pools = pools;
        this.clients = clients;
        this.cipher = cipher;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return pools.require(request.userPoolId())
                .chain(() -> clients.require(request.userPoolId(), request.clientId()))
                .map(
                        client ->
                                new Response(
                                        AppClientView.describe(
                                                client, openedSecret(cipher, client))));
    }

    static String openedSecret(ClientSecretCipher cipher, AppClientEntity client) {
        return client.secretCiphertext == null
                ? null
                : cipher.open(client.secretCiphertext, client.userPoolId, client.clientId);
    }
}
