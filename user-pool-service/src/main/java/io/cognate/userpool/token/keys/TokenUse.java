package io.cognate.userpool.token.keys;

/** The two kinds of JWT a pool signs, each with its own key ({@code token_use}). */
public enum TokenUse {
    ID("id"),
    ACCESS("access");

    private final String claim;

    TokenUse(String claim) {
        this.claim = claim;
    }

    /** The {@code token_use} claim value, also stored in {@code signing_key.token_use}. */
    public String claim() {
        return claim;
    }

    static TokenUse ofClaim(String claim) {
        for (TokenUse use : values()) {
            if (use.claim.equals(claim)) {
                return use;
            }
        }
        throw new IllegalArgumentException("unknown token use " + claim);
    }
}
