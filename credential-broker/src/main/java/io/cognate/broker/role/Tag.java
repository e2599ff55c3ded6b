package io.cognate.broker.role;

/** An IAM tag ({@code Key}, {@code Value}), on the wire and in the role's stored tag list. */
public record Tag(String key, String value) {}
