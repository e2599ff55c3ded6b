package io.cognate.userpool.trigger;

/**
 * Where a pool's trigger goes.
 *
 * @param trigger the trigger
 * @param location the configured value: an {@code http(s)://} URL, or a Lambda ARN
 * @param version the event {@code version} the receiver gets: {@code "1"}, or for
 *     PreTokenGeneration {@code "2"} / {@code "3"} when {@code PreTokenGenerationConfig} says
 *     {@code V2_0} / {@code V3_0}
 */
public record TriggerTarget(Trigger trigger, String location, String version) {

    /** True when the location is a webhook URL rather than a Lambda ARN. */
    public boolean webhook() {
        return location.startsWith("https://") || location.startsWith("http://");
    }
}
