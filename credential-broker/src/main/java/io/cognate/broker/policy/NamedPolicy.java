package io.cognate.broker.policy;

/** A parsed policy and the name decisions report it under. */
public record NamedPolicy(String name, PolicyDocument document) {}
