package io.cognate.contracts.sigv4;

/**
 * The {@code yyyymmdd/region/service/aws4_request} part of a SigV4 credential: it binds a
 * signature, and the key derived for it, to one day, one region and one service.
 *
 * @param date the day, {@code yyyymmdd}
 * @param region the signing region, e.g. {@code us-east-1}
 * @param service the signing name, e.g. {@code cognito-idp}
 */
record CredentialScope(String date, String region, String service) {

    static final String TERMINATOR = "aws4_request";

    /** The scope as it appears in the credential and in the string to sign. */
    String value() {
        return date + '/' + region + '/' + service + '/' + TERMINATOR;
    }
}
