package io.cognate.broker.sts;

/** STS's {@code Tag}: a session tag as requested. */
public record SessionTag(String key, String value) {}
