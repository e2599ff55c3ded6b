package io.cognate.userpool.password;

import java.util.Arrays;

/**
 * Argon2id v1.3 (RFC 9106) over one reusable memory area. Bouncy Castle's generator allocates its
 * memory (19 MiB at the production cost) as some twenty thousand objects on every hash; on a
 * service heap that turns each sign-in into young collections that copy the other hashes in flight,
 * and sign-ins ran at a third of the raw hash rate. Here each hashing thread keeps one flat {@code
 * long[]} and clears it after use. Not thread-safe: one instance per thread ({@link
 * #forThisThread}). Here: the parameters, the memory area and the order blocks are filled in;
 * {@link Argon2Compression} is the block function G, {@link Argon2Hashes} the BLAKE2b around it.
 * Results are checked against Bouncy Castle and the RFC's test vector.
 */
final class Argon2id {

    static final int BLOCK_LONGS = 128;
    static final int BLOCK_BYTES = 1024;
    private static final int SYNC_POINTS = 4;
    private static final int VERSION = 0x13;
    private static final int TYPE_ID = 2;

    /** Areas up to this size stay with the thread; larger ones (tampered rows) are transient. */
    private static final int MAX_RETAINED_KIB = 64 * 1024;

    private static final ThreadLocal<Argon2id> PER_THREAD = ThreadLocal.withInitial(Argon2id::new);

    private long[] memory = new long[0];
    private final Argon2Compression compression = new Argon2Compression();
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
            byte[] h0 =
                    Argon2Hashes.h0(
                            new int[] {lanes, tagLength, memoryKib, passes, VERSION, TYPE_ID},
                            password,
                            salt,
                            secret,
                            associated);
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
            Argon2Hashes.variableHash(Argon2Hashes.toBytes(last, 0), tag);
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

    private void firstBlocks(long[] area, byte[] h0) {
        byte[] seed = Arrays.copyOf(h0, 72);
        byte[] block = new byte[BLOCK_BYTES];
        for (int lane = 0; lane < lanes; lane++) {
            for (int index = 0; index < 2; index++) {
                Argon2Hashes.putInt(seed, 64, index);
                Argon2Hashes.putInt(seed, 68, lane);
                Argon2Hashes.variableHash(seed, block);
                Argon2Hashes.fromBytes(block, area, (lane * laneLength + index) * BLOCK_LONGS);
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
            compression.fill(
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
        compression.fill(zero, 0, input, 0, address, 0, false);
        compression.fill(zero, 0, address, 0, address, 0, false);
    }
}
