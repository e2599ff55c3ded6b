package io.cognate.contracts.aws;

/**
 * Who signed a request, once SigV4 has been verified.
 *
 * @param accessKeyId the access key id that signed
 * @param accountId the account the credentials belong to
 * @param arn the principal ARN ({@code arn:aws:iam::<account>:root} for the bootstrap root keys)
 */
public record Caller(String accessKeyId, String accountId, String arn) {}
