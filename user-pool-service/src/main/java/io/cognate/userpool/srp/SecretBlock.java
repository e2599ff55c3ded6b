package io.cognate.userpool.srp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the server needs to check a PASSWORD_VERIFIER answer without keeping state between the two
 * rounds; it travels to the client and back sealed by {@link SecretBlocks}.
 *
 * @param id names the block in the record of used blocks (single use)
 * @param username the {@code USER_ID_FOR_SRP} the challenge named
 * @param known false for a fake challenge (unknown user, or a user without a verifier): its answer
 *     is always refused
 * @param b the server's ephemeral secret
 * @param clientPublic the client's {@code A}, which round 2 does not repeat
 * @param serverPublic the {@code B} sent, so that {@code u} is computed from what the client saw
 */
record SecretBlock(
        UUID id,
        Instant issuedAt,
        String userPoolId,
        String clientId,
        String username,
        boolean known,
        BigInteger b,
        BigInteger clientPublic,
        BigInteger serverPublic) {

    private static final int VERSION = 1;
    private static final int MAX_NUMBER_BYTES = 1024;

    byte[] encode() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(id.getMostSignificantBits());
            out.writeLong(id.getLeastSignificantBits());
            out.writeLong(issuedAt.toEpochMilli());
            out.writeUTF(userPoolId);
            out.writeUTF(clientId);
            out.writeUTF(username);
            out.writeBoolean(known);
            for (BigInteger n : new BigInteger[] {b, clientPublic, serverPublic}) {
                byte[] magnitude = n.toByteArray();
                out.writeShort(magnitude.length);
                out.write(magnitude);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty for anything this version did not write (only reachable with the server's key). */
    static Optional<SecretBlock> decode(byte[] plaintext) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
            if (in.readUnsignedByte() != VERSION) {
                return Optional.empty();
            }
            UUID id = new UUID(in.readLong(), in.readLong());
            Instant issuedAt = Instant.ofEpochMilli(in.readLong());
            String pool = in.readUTF();
            String client = in.readUTF();
            String username = in.readUTF();
            boolean known = in.readBoolean();
            BigInteger[] numbers = new BigInteger[3];
            for (int i = 0; i < numbers.length; i++) {
                int length = in.readUnsignedShort();
                if (length == 0 || length > MAX_NUMBER_BYTES) {
                    return Optional.empty();
                }
                numbers[i] = new BigInteger(in.readNBytes(length));
            }
            if (in.available() != 0) {
                return Optional.empty();
            }
            return Optional.of(
                    new SecretBlock(
                            id,
                            issuedAt,
                            pool,
                            client,
                            username,
                            known,
                            numbers[0],
                            numbers[1],
                            numbers[2]));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Without the ephemeral secret. */
    @Override
    public String toString() {
        return "SecretBlock[id=%s, issuedAt=%s, userPoolId=%s, clientId=%s, known=%s]"
                .formatted(id, issuedAt, userPoolId, clientId, known);
    }
}
