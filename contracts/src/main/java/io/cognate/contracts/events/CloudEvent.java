package io.cognate.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CloudEvents 1.0 structured-mode envelope every Cognate event travels in (JSON on Kafka, with
 * {@code content-type: application/cloudevents+json}). Member names are the spec's lower-case ones.
 */
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String time,
        String subject,
        String datacontenttype,
        String traceparent,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
}
