package com.clinicnet.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;

/** A notification planned during a booking's trace is sent, later and on another thread, within that same trace. */
class TraceContextsTests {

    private final OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    private final Tracer tracer = new OtelTracer(openTelemetry.getTracer("clinicnet"), new OtelCurrentTraceContext(),
            event -> { });
    private final TraceContexts traces = new TraceContexts(tracer,
            new OtelPropagator(openTelemetry.getPropagators(), openTelemetry.getTracer("clinicnet")));

    @Test
    void outside_any_span_there_is_no_trace_to_keep() {
        assertThat(traces.current()).isEmpty();
    }

    @Test
    void the_kept_trace_parent_names_the_trace_and_the_span_in_progress() {
        Span booking = tracer.nextSpan().name("POST /sessions").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(booking)) {
            assertThat(traces.current()).hasValue("00-" + booking.context().traceId() + "-"
                    + booking.context().spanId() + "-01");
        }
        finally {
            booking.end();
        }
    }

    @Test
    void later_work_continues_the_kept_trace_in_a_span_of_its_own() {
        Span booking = tracer.nextSpan().name("POST /sessions").start();
        String kept;
        try (Tracer.SpanInScope scope = tracer.withSpan(booking)) {
            kept = traces.current().orElseThrow();
        }
        booking.end();

        TraceContext send = traces.continueTrace(kept, "notification send", () -> tracer.currentSpan().context());

        assertThat(send.traceId()).isEqualTo(booking.context().traceId());
        assertThat(send.parentId()).isEqualTo(booking.context().spanId());
        assertThat(send.spanId()).isNotEqualTo(booking.context().spanId());
        assertThat(tracer.currentSpan()).as("no span left in scope after the work").isNull();
    }

    @Test
    void work_planned_outside_any_trace_starts_a_trace_of_its_own() {
        AtomicReference<TraceContext> send = new AtomicReference<>();

        traces.continueTrace(null, "notification send", () -> send.set(tracer.currentSpan().context()));

        assertThat(send.get().traceId()).hasSize(32);
        assertThat(send.get().parentId()).isNull();
    }

    @Test
    void a_failing_send_leaves_no_span_in_scope() {
        assertThatThrownBy(() -> traces.continueTrace(null, "notification send", () -> {
            throw new IllegalStateException("provider down");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tracer.currentSpan()).isNull();
    }
}
