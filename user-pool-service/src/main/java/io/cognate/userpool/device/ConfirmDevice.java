package io.cognate.userpool.device;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.userpool.errors.DeviceKeyExistsException;
import io.cognate.userpool.self.SignedInUsers;
import io.cognate.userpool.srp.SrpVerifier;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;

/**
 * The signed-in user confirms the device a sign-in announced (NewDeviceMetadata), storing the SRP
 * salt and verifier of the device's secret; later sign-ins presenting its key then prove the device
 * with DEVICE_SRP_AUTH. Remembered at once unless the pool only remembers devices on the user's
 * prompt, which {@code UserConfirmationNecessary} tells the client.
 */
@ApplicationScoped
public class ConfirmDevice implements AwsOperation<ConfirmDevice.Request, ConfirmDevice.Response> {

    public record Request(
            String accessToken,
            String deviceKey,
            DeviceSecretVerifierConfigType deviceSecretVerifierConfig,
            String deviceName) {

        /** Without the token or the verifier. */
        @Override
        public String toString() {
            return "ConfirmDevice.Request[deviceKey=" + deviceKey + "]";
        }
    }

    public record Response(Boolean userConfirmationNecessary) {}

    private final SignedInUsers signedIn;
    private final DeviceRepository devices;
    private final UserPoolRepository pools;

    ConfirmDevice(SignedInUsers signedIn, DeviceRepository devices, UserPoolRepository pools) {
        this.signedIn = signedIn;
        this.devices = devices;
        this.pools = pools;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        if (request.deviceSecretVerifierConfig() == null) {
            throw new InvalidParameterException("Invalid device secret verifier config.");
        }
        SrpVerifier verifier = request.deviceSecretVerifierConfig().toSrp();
        var now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return signedIn.require(request.accessToken())
                .map(SignedInUsers.SignedInUser::user)
                .chain(
                        user ->
                                pools.require(user.userPoolId)
                                        .map(DeviceSettings::of)
                                        .chain(
                                                settings ->
                                                        devices.findOf(
                                                                        user.userPoolId,
                                                                        user.sub,
                                                                        request.deviceKey())
                                                                .map(
                                                                        device ->
                                                                                confirm(
                                                                                        device,
                                                                                        settings,
                                                                                        request,
                                                                                        verifier,
                                                                                        context,
                                                                                        now))));
    }

    private static Response confirm(
            DeviceEntity device,
            DeviceSettings settings,
            Request request,
            SrpVerifier verifier,
            RequestContext context,
            java.time.Instant now) {
        if (device == null) {
            throw new ResourceNotFoundException(DeviceRepository.NOT_FOUND);
        }
        if (device.confirmed) {
            throw new DeviceKeyExistsException("Device key already exists.");
        }
        device.confirmed = true;
        device.remembered = !settings.onlyRememberedOnUserPrompt();
        device.deviceName = request.deviceName();
        device.srpSalt = verifier.salt();
        device.srpVerifier = verifier.verifier();
        device.lastIpUsed = context.sourceIp();
        device.lastModifiedAt = now;
        return new Response(settings.onlyRememberedOnUserPrompt());
    }
}
