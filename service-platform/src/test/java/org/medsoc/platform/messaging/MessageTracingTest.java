package org.medsoc.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.medsoc.kernel.messaging.ActingPrincipal;
import org.medsoc.kernel.messaging.EventEnvelope;
import org.slf4j.MDC;

/**
 * A request's trace carried through a command, a published fact and its consumer (real OTel SDK).
 */
class MessageTracingTest {

  private final List<SpanData> finished = new CopyOnWriteArrayList<>();
  private final io.opentelemetry.api.trace.Tracer otel =
      SdkTracerProvider.builder()
          .addSpanProcessor(SimpleSpanProcessor.create(new Keeping()))
          .build()
          .get("test");
  private final OtelCurrentTraceContext current = new OtelCurrentTraceContext();
  private final Tracer tracer =
      new OtelTracer(
          otel, current, event -> {}, new OtelBaggageManager(current, List.of(), List.of()));
  private final MessageTracing tracing =
      new MessageTracing(
          tracer,
          new OtelPropagator(
              ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel));

  private final EventEnvelope envelope =
      new EventEnvelope(
          UUID.randomUUID(),
          "member.MembershipChanged",
          1,
          Instant.now(),
          "member-1",
          new ActingPrincipal("staff-1", List.of("STAFF")),
          null,
          "portal-request-42",
          UUID.randomUUID().toString(),
          null);

  @Test
  void a_fact_published_for_a_requests_command_is_handled_elsewhere_in_the_requests_trace() {
    Map<String, String> commandMetaData = sentDuringARequest();
    RecordHeaders headers = new RecordHeaders();
    tracing.publishing("member.memberships", envelope, commandMetaData, headers, () -> null);
    List<String> seenWhileHandling = new ArrayList<>();

    tracing.consuming(
        "committee-eligibility",
        new Inbox.Delivery(envelope, () -> {}, "member.memberships", headers),
        () -> {
          seenWhileHandling.add(tracer.currentSpan().context().traceId());
          seenWhileHandling.add(MDC.get(MessageTracing.CORRELATION_LOG_KEY));
        });

    SpanData request = span("POST /members");
    SpanData published = span("publish member.memberships");
    SpanData handled = span("process member.memberships");
    assertThat(published.getTraceId()).isEqualTo(request.getTraceId());
    assertThat(published.getParentSpanId()).isEqualTo(request.getSpanId());
    assertThat(handled.getTraceId()).isEqualTo(request.getTraceId());
    assertThat(handled.getParentSpanId()).isEqualTo(published.getSpanId());
    assertThat(handled.getAttributes().asMap())
        .containsValue("portal-request-42")
        .containsValue("committee-eligibility");
    assertThat(seenWhileHandling).containsExactly(request.getTraceId(), "portal-request-42");
    assertThat(MDC.get(MessageTracing.CORRELATION_LOG_KEY))
        .as("the context is left clean")
        .isNull();
  }

  @Test
  void a_record_without_a_trace_is_handled_in_a_trace_of_its_own() {
    tracing.consuming(
        "committee-eligibility",
        new Inbox.Delivery(envelope, () -> {}, "member.memberships", new RecordHeaders()),
        () -> {});

    SpanData handled = span("process member.memberships");
    assertThat(handled.getParentSpanContext().isValid()).isFalse();
  }

  @Test
  void a_handler_that_fails_leaves_its_span_marked_failed() {
    Runnable failing =
        () -> {
          throw new IllegalStateException("the read model refused it");
        };

    assertThatThrownBy(
            () ->
                tracing.consuming(
                    "committee-eligibility",
                    new Inbox.Delivery(
                        envelope, failing, "member.memberships", new RecordHeaders()),
                    failing))
        .hasMessage("the read model refused it");

    assertThat(span("process member.memberships").getStatus().getStatusCode())
        .isEqualTo(StatusCode.ERROR);
  }

  private Map<String, String> sentDuringARequest() {
    Span request = tracer.nextSpan().name("POST /members").start();
    try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
      return tracing.currentParent();
    } finally {
      request.end();
    }
  }

  private SpanData span(String name) {
    return finished.stream()
        .filter(span -> span.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no span " + name + " in " + finished));
  }

  private final class Keeping implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      finished.addAll(spans);
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
