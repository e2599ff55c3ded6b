package io.cognate.infra;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of type {@link EmbeddedKafkaBroker} in a test that uses {@link KafkaTestResource}:
 * the resource injects the broker so the test can {@link EmbeddedKafkaBroker#stop() stop} and
 * {@link EmbeddedKafkaBroker#start() start} it. The broker is shared by every test of the JVM, so
 * leave it running when the test ends (its {@code close()} only stops it). The field stays {@code
 * null} when the broker comes from the environment ({@code KAFKA_BOOTSTRAP_SERVERS}); such tests
 * should skip themselves then, e.g. with {@code assumeTrue(kafka != null)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectKafkaBroker {}
