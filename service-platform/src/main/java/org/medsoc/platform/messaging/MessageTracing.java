package org.medsoc.platform.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.slf4j.MDC;

/**
 * Carries a request's trace across what happens later and elsewhere: a command keeps the span it
 * was sent in as its {@code traceparent} (W3C), the events it causes keep it too, the fact
 * published for an event is sent in a span under it, with the record's headers naming that span,
 * and a consumer handles the record in a span under the headers'. Every such span carries the
 * request's correlation id, which is also in the logs' context while a record is handled.
 */
public class MessageTracing {

  public static final String TRACE_PARENT = "traceparent";
  public static final String CORRELATION_TAG = "correlation.id";
  public static final String CORRELATION_LOG_KEY = "correlationId";

  public static final MessageTracing NONE = new MessageTracing(Tracer.NOOP, Propagator.NOOP);

  private final Tracer tracer;
  private final Propagator propagator;

  public MessageTracing(Tracer tracer, Propagator propagator) {
    this.tracer = tracer;
    this.propagator = propagator;
  }

  /** The current span as a message's trace parent; empty outside any span. */
  public Map<String, String> currentParent() {
    Span current = tracer.currentSpan();
    Map<String, String> carrier = new HashMap<>();
    if (current != null && !current.isNoop()) {
      propagator.inject(current.context(), carrier, Map::put);
      carrier.keySet().retainAll(java.util.Set.of(TRACE_PARENT));
    }
    return carrier;
  }

  /** Tags the current span (a request's) with the correlation id its commands carry. */
  public void tagCurrent(String correlationId) {
    Span current = tracer.currentSpan();
    if (current != null) {
      current.tag(CORRELATION_TAG, correlationId);
    }
  }

  /** The current trace's id, or null outside any trace. */
  public String currentTraceId() {
    Span current = tracer.currentSpan();
    return current == null || current.isNoop() ? null : current.context().traceId();
  }

  /**
   * Sends a record in a producer span under the trace its cause was part of, the record's headers
   * naming the span.
   */
  public <T> T publishing(
      String topic,
      EventEnvelope envelope,
      Map<String, ?> causeMetadata,
      Headers headers,
      Supplier<T> send) {
    Span span =
        propagator
            .extract(causeMetadata, (carrier, key) -> string(carrier.get(key)))
            .name("publish " + topic)
            .kind(Span.Kind.PRODUCER)
            .tag("messaging.system", "kafka")
            .tag("messaging.destination.name", topic)
            .tag("messaging.message.id", envelope.eventId().toString())
            .tag("medsoc.event_type", envelope.type())
            .tag(CORRELATION_TAG, envelope.correlationId())
            .start();
    propagator.inject(
        span.context(),
        headers,
        (carrier, key, value) ->
            carrier.remove(key).add(key, value.getBytes(StandardCharsets.UTF_8)));
    try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
      return send.get();
    } catch (RuntimeException failed) {
      span.error(failed);
      throw failed;
    } finally {
      span.end();
    }
  }

  /**
   * Handles a delivered event in a consumer span under the one its record names, with its
   * correlation id in the logs' context.
   */
  public void consuming(String consumer, Inbox.Delivery delivery, Runnable effect) {
    EventEnvelope envelope = delivery.envelope();
    if (delivery.topic() == null) {
      try (MDC.MDCCloseable correlation =
          MDC.putCloseable(CORRELATION_LOG_KEY, envelope.correlationId())) {
        effect.run();
      }
      return;
    }
    Span span =
        propagator
            .extract(delivery.headers(), MessageTracing::header)
            .name("process " + delivery.topic())
            .kind(Span.Kind.CONSUMER)
            .tag("messaging.system", "kafka")
            .tag("messaging.destination.name", delivery.topic())
            .tag("messaging.consumer.group.name", consumer)
            .tag("messaging.message.id", envelope.eventId().toString())
            .tag("medsoc.event_type", envelope.type())
            .tag(CORRELATION_TAG, envelope.correlationId())
            .start();
    try (Tracer.SpanInScope scope = tracer.withSpan(span);
        MDC.MDCCloseable correlation =
            MDC.putCloseable(CORRELATION_LOG_KEY, envelope.correlationId())) {
      effect.run();
    } catch (RuntimeException failed) {
      span.error(failed);
      throw failed;
    } finally {
      span.end();
    }
  }

  private static String header(Headers headers, String key) {
    if (headers == null) {
      return null;
    }
    Header header = headers.lastHeader(key);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }
}
