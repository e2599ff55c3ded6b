package io.cognate.contracts.sigv4;

import io.cognate.contracts.aws.Caller;

/**
 * A secret that may sign requests, with the principal it stands for. {@link #toString()} never
 * prints the secret.
 */
public record SigningCredentials(String accessKeyId, String secretAccessKey, Caller caller) {

    @Override
    public String toString() {
        return "SigningCredentials[accessKeyId=" + accessKeyId + ", caller=" + caller + "]";
    }
}
