package io.cognate.broker.role;

/** An inline permission policy of a role, its document as submitted. */
record InlinePolicy(String name, String document) {}
