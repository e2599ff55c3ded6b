package io.cognate.gateway.testing;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;

/**
 * Teaches RestAssured the AWS JSON media type (send bodies as-is, parse replies as JSON) and stops
 * it from appending a charset to {@code Content-Type}, which SigV4-signed requests never carry.
 */
public final class AwsRestAssured {

    public static final String AMZ_JSON = "application/x-amz-json-1.1";

    private AwsRestAssured() {}

    public static void configure() {
        RestAssured.config =
                RestAssured.config()
                        .encoderConfig(
                                EncoderConfig.encoderConfig()
                                        .encodeContentTypeAs(AMZ_JSON, ContentType.TEXT)
                                        .appendDefaultContentCharsetToContentTypeIfUndefined(
                                                false));
        RestAssured.registerParser(AMZ_JSON, Parser.JSON);
    }
}
