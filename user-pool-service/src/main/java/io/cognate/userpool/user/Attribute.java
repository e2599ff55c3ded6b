package io.cognate.userpool.user;

/** {@code AttributeType}: a user attribute on the wire. */
public record Attribute(String name, String value) {}
