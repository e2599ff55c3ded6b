package io.cognate.userpool.trigger;

/** A receiver's HTTP answer: its status and body (bounded in size). */
record WebhookReply(int status, byte[] body) {}
