package io.cognate.userpool.password;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * Argon2id v1.3 (RFC 9106) over one reusable memory area. Bouncy Castle's generator allocates its
 * memory (19 MiB at the production cost) as some twenty thousand objects on every hash; on a
 * service heap that turns each sign-in into young collections that copy the other hashes in flight,
 * and sign-ins ran at a third of the raw hash rate. Here each hashing thread keeps one flat {@code
 * long[]} and clears it after use. Not thread-safe: one instance per thread ({@link
 * #forThisThread}). Results are checked against Bouncy Castle and the RFC's test vector.
 */
final class Argon2id {

    private static final int BLOCK_LONGS = 128;
    private static final int BLOCK_BYTES = 1024;
    private static final int SYNC_POINTS = 4;
    private static final int VERSION = 0x13;
    private static final int TYPE_ID = 2;

    /** Areas up to this size stay with the thread; larger ones (tampered rows) are transient. */
    private static final int MAX_RETAINED_KIB = 64 * 1024;

    private static final ThreadLocal<Argon2id> PER_THREAD = ThreadLocal.withInitial(Argon2id::new);

    private long[] memory = new long[0];
    private final long[] r = new long[BLOCK_LONGS];
    private final long[] tmp = new long[BLOCK_LONGS];
    private final long[] zero = new long[BLOCK_LONGS];
    private final long[] input = new long[BLOCK_LONGS];
    private final long[] address = new long[BLOCK_LONGS];
    private int lanes;
    private int laneLength;
    private int segmentLength;
    private int blocks;
    private int passes;

    static Argon2id forThisThread() {
        return PER_THREAD.get();
    }

    /**
     * The tag of {@code password} ({@code tagLength} bytes).
     *
     * @param secret the optional key K (empty for none)
     * @param associated the optional associated data X (empty for none)
     */
    byte[] hash(
            byte[] password,
            byte[] salt,
            byte[] secret,
            byte[] associated,
            int memoryKib,
            int iterations,
            int parallelism,
            int tagLength) {
        lanes = parallelism;
        passes = iterations;
        segmentLength = Math.max(memoryKib, 2 * SYNC_POINTS * parallelism) / (SYNC_POINTS * lanes);
        laneLength = segmentLength * SYNC_POINTS;
        blocks = laneLength * lanes;
        long[] area = area(blocks);
        try {
            byte[] h0 = h0(password, salt, secret, associated, memoryKib, tagLength);
            firstBlocks(area, h0);
            for (int pass = 0; pass < passes; pass++) {
                for (int slice = 0; slice < SYNC_POINTS; slice++) {
                    for (int lane = 0; lane < lanes; lane++) {
                        fillSegment(area, pass, lane, slice);
                    }
                }
            }
            long[] last = new long[BLOCK_LONGS];
            System.arraycopy(area, (laneLength - 1) * BLOCK_LONGS, last, 0, BLOCK_LONGS);
            for (int lane = 1; lane < lanes; lane++) {
                int offset = (lane * laneLength + laneLength - 1) * BLOCK_LONGS;
                for (int i = 0; i < BLOCK_LONGS; i++) {
                    last[i] ^= area[offset + i];
                }
            }
            byte[] tag = new byte[tagLength];
            variableHash(toBytes(last, 0), tag);
            return tag;
        } finally {
            // The area holds password-derived state: it never outlives the call.
            Arrays.fill(area, 0, blocks * BLOCK_LONGS, 0L);
        }
    }

    private long[] area(int blockCount) {
        int longs = blockCount * BLOCK_LONGS;
        if (memory.length >= longs) {
            return memory;
        }
        long[] fresh = new long[longs];
        if (blockCount <= MAX_RETAINED_KIB) {
            memory = fresh;
        }
        return fresh;
    }

    private byte[] h0(
            byte[] password,
            byte[] salt,
            byte[] secret,
            byte[] associated,
            int memoryKib,
            int tagLength) {
        Blake2bDigest digest = new Blake2bDigest(512);
        int[] header = {lanes, tagLength, memoryKib, passes, VERSION, TYPE_ID};
        for (int value : header) {
            updateInt(digest, value);
        }
        for (byte[] part : new byte[][] {password, salt, secret, associated}) {
            updateInt(digest, part.length);
            digest.update(part, 0, part.length);
        }
        byte[] h0 = new byte[64];
        digest.doFinal(h0, 0);
        return h0;
    }

    private void firstBlocks(long[] area, byte[] h0) {
        byte[] seed = Arrays.copyOf(h0, 72);
        byte[] block = new byte[BLOCK_BYTES];
        for (int lane = 0; lane < lanes; lane++) {
            for (int index = 0; index < 2; index++) {
                putInt(seed, 64, index);
                putInt(seed, 68, lane);
                variableHash(seed, block);
                fromBytes(block, area, (lane * laneLength + index) * BLOCK_LONGS);
            }
        }
        Arrays.fill(seed, (byte) 0);
        Arrays.fill(block, (byte) 0);
    }

    private void fillSegment(long[] area, int pass, int lane, int slice) {
        boolean independent = pass == 0 && slice < SYNC_POINTS / 2;
        if (independent) {
            Arrays.fill(input, 0L);
            input[0] = pass;
            input[1] = lane;
            input[2] = slice;
            input[3] = blocks;
            input[4] = passes;
            input[5] = TYPE_ID;
        }
        int start = 0;
        if (pass == 0 && slice == 0) {
            start = 2;
            if (independent) {
                nextAddresses();
            }
        }
        int current = lane * laneLength + slice * segmentLength + start;
        int previous = current % laneLength == 0 ? current + laneLength - 1 : current - 1;
        for (int i = start; i < segmentLength; i++, current++, previous++) {
            if (current % laneLength == 1) {
                previous = current - 1;
            }
            long pseudoRandom;
            if (independent) {
                if (i % BLOCK_LONGS == 0) {
                    nextAddresses();
                }
                pseudoRandom = address[i % BLOCK_LONGS];
            } else {
                pseudoRandom = area[previous * BLOCK_LONGS];
            }
            int refLane = pass == 0 && slice == 0 ? lane : (int) ((pseudoRandom >>> 32) % lanes);
            int refIndex =
                    referenceIndex(pass, slice, i, pseudoRandom & 0xFFFFFFFFL, refLane == lane);
            fillBlock(
                    area,
                    previous * BLOCK_LONGS,
                    area,
                    (refLane * laneLength + refIndex) * BLOCK_LONGS,
                    area,
                    current * BLOCK_LONGS,
                    pass > 0);
        }
    }

    private int referenceIndex(int pass, int slice, int index, long j1, boolean sameLane) {
        long areaSize;
        if (pass == 0) {
            if (slice == 0) {
                areaSize = index - 1;
            } else if (sameLane) {
                areaSize = (long) slice * segmentLength + index - 1;
            } else {
                areaSize = (long) slice * segmentLength + (index == 0 ? -1 : 0);
            }
        } else if (sameLane) {
            areaSize = laneLength - segmentLength + index - 1;
        } else {
            areaSize = laneLength - segmentLength + (index == 0 ? -1 : 0);
        }
        long x = (j1 * j1) >>> 32;
        long relative = areaSize - 1 - ((areaSize * x) >>> 32);
        long startPosition =
                pass != 0 && slice != SYNC_POINTS - 1 ? (long) (slice + 1) * segmentLength : 0;
        return (int) ((startPosition + relative) % laneLength);
    }

    private void nextAddresses() {
        input[6]++;
        fillBlock(zero, 0, input, 0, address, 0, false);
        fillBlock(zero, 0, address, 0, address, 0, false);
    }

    /** next = G(prev, ref), XORed into next's old value from the second pass on (v1.3). */
    private void fillBlock(
            long[] prevArea,
            int prev,
            long[] refArea,
            int ref,
            long[] nextArea,
            int next,
            boolean withXor) {
        for (int i = 0; i < BLOCK_LONGS; i++) {
            r[i] = prevArea[prev + i] ^ refArea[ref + i];
        }
        for (int i = 0; i < BLOCK_LONGS; i++) {
            tmp[i] = withXor ? r[i] ^ nextArea[next + i] : r[i];
        }
        for (int i = 0; i < 8; i++) {
            int b = 16 * i;
            round(
                    b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, b + 10,
                    b + 11, b + 12, b + 13, b + 14, b + 15);
        }
        for (int i = 0; i < 8; i++) {
            int b = 2 * i;
            round(
                    b, b + 1, b + 16, b + 17, b + 32, b + 33, b + 48, b + 49, b + 64, b + 65,
                    b + 80, b + 81, b + 96, b + 97, b + 112, b + 113);
        }
        for (int i = 0; i < BLOCK_LONGS; i++) {
            nextArea[next + i] = tmp[i] ^ r[i];
        }
    }

    private void round(
            int v0,
            int v1,
            int v2,
            int v3,
            int v4,
            int v5,
            int v6,
            int v7,
            int v8,
            int v9,
            int v10,
            int v11,
            int v12,
            int v13,
            int v14,
            int v15) {
        g(v0, v4, v8, v12);
        g(v1, v5, v9, v13);
        g(v2, v6, v10, v14);
        g(v3, v7, v11, v15);
        g(v0, v5, v10, v15);
        g(v1, v6, v11, v12);
        g(v2, v7, v8, v13);
        g(v3, v4, v9, v14);
    }

    private void g(int a, int b, int c, int d) {
        long[] v = r;
        v[a] = blaMka(v[a], v[b]);
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] = blaMka(v[c], v[d]);
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] = blaMka(v[a], v[b]);
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] = blaMka(v[c], v[d]);
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    private static long blaMka(long x, long y) {
        return x + y + 2 * (x & 0xFFFFFFFFL) * (y & 0xFFFFFFFFL);
    }

    /** H' of RFC 9106 §3.3: a hash of any length built from BLAKE2b. */
    private static void variableHash(byte[] in, byte[] out) {
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

    private static void putInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >>> 8);
        bytes[offset + 2] = (byte) (value >>> 16);
        bytes[offset + 3] = (byte) (value >>> 24);
    }

    private static void fromBytes(byte[] bytes, long[] area, int offset) {
        for (int i = 0; i < BLOCK_LONGS; i++) {
            long value = 0;
            for (int b = 7; b >= 0; b--) {
                value = (value << 8) | (bytes[i * 8 + b] & 0xFFL);
            }
            area[offset + i] = value;
        }
    }

    private static byte[] toBytes(long[] area, int offset) {
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
