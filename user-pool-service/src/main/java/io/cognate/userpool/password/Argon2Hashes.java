package io.cognate.userpool.password;

import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Argon2's BLAKE2b hashing around the memory-hard part (RFC 9106 §3.2 and §3.3): the pre-hash H0 of
 * the parameters and inputs, the variable-length hash H', and blocks to and from little-endian
 * bytes.
 */
final class Argon2Hashes {

    private static final int BLOCK_LONGS = Argon2id.BLOCK_LONGS;
    private static final int BLOCK_BYTES = Argon2id.BLOCK_BYTES;

    private Argon2Hashes() {}

    /** H0: BLAKE2b-512 over the header's integers, then each part prefixed with its length. */
    static byte[] h0(int[] header, byte[]... parts) {
        Blake2bDigest digest = new Blake2bDigest(512);
        for (int value : header) {
            updateInt(digest, value);
        }
        for (byte[] part : parts) {
            updateInt(digest, part.length);
            digest.update(part, 0, part.length);
        }
        byte[] h0 = new byte[64];
        digest.doFinal(h0, 0);
        return h0;
    }

    /** H' of RFC 9106 §3.3: a hash of any length built from BLAKE2b. */
    static void variableHash(byte[] in, byte[] out) {
        byte[] length = new byte[4];
        putInt(length, 0, out.length);
        if (out.length <= 64) {
            Blake2bDigest digest = new Blake2bDigest(out.length * 8);
            digest.update(length, 0, 4);
            digest.update(in, 0, in.length);
            digest.doFinal(out, 0);
            return;
        }
        Blake2bDigest digest = new Blake2bDigest(512);
        byte[] v = new byte[64];
        digest.update(length, 0, 4);
        digest.update(in, 0, in.length);
        digest.doFinal(v, 0);
        int rounds = (out.length + 31) / 32 - 2;
        int position = 0;
        System.arraycopy(v, 0, out, position, 32);
        position += 32;
        for (int i = 2; i <= rounds; i++) {
            digest.update(v, 0, 64);
            digest.doFinal(v, 0);
            System.arraycopy(v, 0, out, position, 32);
            position += 32;
        }
        Blake2bDigest last = new Blake2bDigest((out.length - 32 * rounds) * 8);
        last.update(v, 0, 64);
        last.doFinal(out, position);
    }

    private static void updateInt(Blake2bDigest digest, int value) {
        byte[] bytes = new byte[4];
        putInt(bytes, 0, value);
        digest.update(bytes, 0, 4);
    }

    static void putInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >>> 8);
        bytes[offset + 2] = (byte) (value >>> 16);
        bytes[offset + 3] = (byte) (value >>> 24);
    }

    static void fromBytes(byte[] bytes, long[] area, int offset) {
        for (int i = 0; i < BLOCK_LONGS; i++) {
            long value = 0;
            for (int b = 7; b >= 0; b--) {
                value = (value << 8) | (bytes[i * 8 + b] & 0xFFL);
            }
            area[offset + i] = value;
        }
    }

    static byte[] toBytes(long[] area, int offset) {
        byte[] bytes = new byte[BLOCK_BYTES];
        for (int i = 0; i < BLOCK_LONGS; i++) {
            long value = area[offset + i];
            for (int b = 0; b < 8; b++) {
                bytes[i * 8 + b] = (byte) (value >>> (8 * b));
            }
        }
        return bytes;
    }
}
