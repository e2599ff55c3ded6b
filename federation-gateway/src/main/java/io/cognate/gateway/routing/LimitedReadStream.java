package io.cognate.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Passes a body through until it exceeds a byte budget, then fails the stream (which makes the
 * proxy abandon the upstream request) and silently drops whatever still arrives.
 */
final class LimitedReadStream implements ReadStream<Buffer> {

    /** Signals that the budget was exceeded. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super("Request body exceeds " + BodyLimit.MAX_BYTES + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long maxBytes;
    private final Runnable onExceeded;
    private long received;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    LimitedReadStream(ReadStream<Buffer> source, long maxBytes, Runnable onExceeded) {
        this.source = source;
        this.maxBytes = maxBytes;
        this.onExceeded = onExceeded;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(
                chunk -> {
                    if (exceeded) {
                        return;
                    }
                    received += chunk.length();
                    if (received > maxBytes) {
                        exceeded = true;
                        onExceeded.run();
                        if (exceptionHandler != null) {
                            exceptionHandler.handle(new TooLargeException());
                        }
                    } else {
                        handler.handle(chunk);
                    }
                });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }
}
