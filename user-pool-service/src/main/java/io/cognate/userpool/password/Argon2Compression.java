package io.cognate.userpool.password;

/**
 * Argon2's compression function G over 1 KiB blocks (RFC 9106 §3.5 and §3.6): the BLAKE2b round
 * with its multiplications, on the rows then the columns of the 8×8 matrix of 16-byte registers.
 * Its scratch blocks are reused: not thread-safe, one per {@link Argon2id}.
 */
final class Argon2Compression {

    private static final int BLOCK_LONGS = Argon2id.BLOCK_LONGS;

    private final long[] r = new long[BLOCK_LONGS];
    private final long[] tmp = new long[BLOCK_LONGS];

    /** next = G(prev, ref), XORed into next's old value from the second pass on (v1.3). */
    void fill(
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
}
