package com.clinicnet.platform.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries a trace across a wait that no thread spans: work planned now (a notification due tomorrow) is done later by
 * another thread, perhaps another process. The plan keeps the W3C {@code traceparent} of the moment it was made; the
 * work continues that trace, so operators follow one booking from its request to the message the client received.
 */
public final class TraceContexts {

    static final String TRACE_PARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContexts(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The W3C traceparent of the span in progress on this thread, if any. */
    public Optional<String> current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACE_PARENT));
    }

    /**
     * Runs {@code work} in a new span named {@code name}, a child of {@code traceParent} when one was kept (else the
     * root of a new trace), so its log lines carry that trace id.
     */
    public <T> T continueTrace(String traceParent, String name, Supplier<T> work) {
        Span.Builder builder = traceParent == null ? tracer.spanBuilder()
                : propagator.extract(Map.of(TRACE_PARENT, traceParent), Map::get);
        Span span = builder.name(name).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        }
        catch (RuntimeException e) {
            span.error(e);
            throw e;
        }
        finally {
            span.end();
        }
    }

    public void continueTrace(String traceParent, String name, Runnable work) {
        continueTrace(traceParent, name, () -> {
            work.run();
            return null;
        });
    }
}
