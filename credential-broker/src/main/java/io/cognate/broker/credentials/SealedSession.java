package io.cognate.broker.credentials;

/**
 * The plaintext inside a session token: the key pair and who it stands for. Only ever exists in
 * memory, between minting and sealing or between opening and the signature check.
 */
record SealedSession(String accessKeyId, String secretAccessKey, SessionPrincipal principal) {

    @Override
    public String toString() {
        return "SealedSession[accessKeyId=" + accessKeyId + ", principal=" + principal + "]";
    }
}
