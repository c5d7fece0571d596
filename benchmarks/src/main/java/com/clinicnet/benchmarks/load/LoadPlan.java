package com.clinicnet.benchmarks.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.clinicnet.benchmarks.report.BenchmarkReport;
import com.clinicnet.benchmarks.report.LineChart;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Session;

/**
 * An open-model load for a Gatling simulation: a warm-up, then requests arriving at stepped constant rates, each
 * step long enough for its own percentiles. Gatling instantiates the simulation itself, so the benchmark hands it
 * the plan through {@link #current()}. Each response is filed under the step in which its request was sent.
 */
public final class LoadPlan {

    /** A level kept up when at least this share of the offered requests was answered within it. */
    private static final double KEPT_UP = 0.95;

    private static volatile LoadPlan current;

    private final String baseUrl;
    private final List<LoadStep> steps = new ArrayList<>();
    private final Iterator<Map<String, Object>> requests;
    private final Map<String, Instant> answered = new ConcurrentHashMap<>();
    private volatile long startedAt;
    private volatile Instant began;

    private LoadPlan(String baseUrl, Iterator<Map<String, Object>> requests) {
        this.baseUrl = baseUrl;
        this.requests = requests;
    }

    /** A warm-up step not reported as a level, then the rates given, each lasting the same time. */
    public static LoadPlan stepped(String baseUrl, Iterator<Map<String, Object>> requests, double warmUpPerSecond,
            Duration warmUp, List<Double> perSecond, Duration eachStep) {
        LoadPlan plan = new LoadPlan(baseUrl, requests);
        plan.steps.add(new LoadStep("warm-up " + (int) warmUpPerSecond + "/s", warmUpPerSecond, warmUp, true));
        perSecond.forEach(rate -> plan.steps.add(new LoadStep(rate.intValue() + "/s", rate, eachStep, false)));
        current = plan;
        return plan;
    }

    public static LoadPlan current() {
        if (current == null) {
            throw new IllegalStateException("A simulation runs only from its benchmark, which makes its load plan");
        }
        return current;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Iterator<Map<String, Object>> requests() {
        return requests;
    }

    public OpenInjectionStep[] injection() {
        return steps.stream()
                .map(step -> constantUsersPerSec(step.offeredPerSecond()).during(step.duration()))
                .toArray(OpenInjectionStep[]::new);
    }

    /** Called by the simulation's {@code before()}, as the first request is about to be sent. */
    public void begin() {
        startedAt = System.nanoTime();
        began = Instant.now();
    }

    /** When the first measured level began, after the warm-up. */
    public Instant levelsBegan() {
        return began.plus(steps.getFirst().duration());
    }

    /** Notes when the request is about to be sent, so its answer is filed under the step it was sent in. */
    public Session markSent(Session session) {
        return session.set("sentAt", System.nanoTime());
    }

    /**
     * Files an answer (the simulation saved {@code latency} and {@code status} from its checks) under its step; a
     * request that got no answer (a client timeout) has no latency and is filed as failed.
     */
    public Session record(Session session, int expectedStatus) {
        Instant answeredAt = Instant.now();
        LoadStep step = stepAt(Duration.ofNanos(session.getLong("sentAt") - startedAt));
        boolean ok = session.contains("latency") && session.contains("status")
                && session.getInt("status") == expectedStatus;
        step.record(session.contains("latency") ? session.getLong("latency") : 0, ok);
        if (ok && session.contains("id")) {
            answered.put(session.getString("id"), answeredAt);
        }
        return session;
    }

    /** When each created resource's answer arrived, by the id the simulation saved as {@code id}. */
    public Map<String, Instant> answeredAt() {
        return Map.copyOf(answered);
    }

    private LoadStep stepAt(Duration sinceStart) {
        Duration end = Duration.ZERO;
        for (LoadStep step : steps) {
            end = end.plus(step.duration());
            if (sinceStart.compareTo(end) < 0) {
                return step;
            }
        }
        return steps.getLast();
    }

    public List<LoadStep> steps() {
        return List.copyOf(steps);
    }

    /**
     * The highest level that kept up: every request answered as expected, and as many answered per second as were
     * sent (within {@link #KEPT_UP}).
     */
    public Optional<LoadStep> highestLevelKeptUp() {
        return highestLevel(step -> true);
    }

    /** The highest level that kept up with its p99 under the limit. */
    public Optional<LoadStep> highestLevelWithin(Duration p99Limit) {
        return highestLevel(step -> step.succeeded().p99() < p99Limit.toMillis());
    }

    private Optional<LoadStep> highestLevel(Predicate<LoadStep> alsoRequired) {
        return levels().stream()
                .filter(step -> step.failed() == 0 && step.succeededPerSecond() >= KEPT_UP * step.offeredPerSecond())
                .filter(alsoRequired)
                .max(Comparator.comparingDouble(LoadStep::offeredPerSecond));
    }

    /** One row per step, and p50/p99 over the offered rate, into the scenario's report. */
    public void reportInto(BenchmarkReport report, LineChart latencyChart) {
        for (LoadStep step : steps) {
            report.row(step.label(), step.offeredPerSecond(), step.succeededPerSecond(), step.succeeded().count(),
                    step.failed(), step.succeeded().p50(), step.succeeded().p99(), step.succeeded().max());
            if (!step.isWarmUp()) {
                latencyChart.point("p50", step.offeredPerSecond(), step.succeeded().p50())
                        .point("p99", step.offeredPerSecond(), step.succeeded().p99());
            }
        }
    }

    /** The columns of {@link #reportInto}. */
    public static String[] columns() {
        return new String[] { "step", "offered/s", "answered/s", "ok", "failed", "p50 ms", "p99 ms", "max ms" };
    }

    /** The measured steps, without the warm-up. */
    public List<LoadStep> levels() {
        return steps.stream().filter(step -> !step.isWarmUp()).toList();
    }
}
