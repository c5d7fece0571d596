package com.clinicnet.benchmarks.load;

import java.time.Duration;

import com.clinicnet.benchmarks.report.Latencies;

/** One level of an open-model load: requests arriving at a constant rate for a while, and what they got. */
public final class LoadStep {

    private final String label;
    private final double perSecond;
    private final Duration duration;
    private final boolean warmUp;
    private final Latencies succeeded = new Latencies();
    private int failed;

    LoadStep(String label, double perSecond, Duration duration, boolean warmUp) {
        this.label = label;
        this.perSecond = perSecond;
        this.duration = duration;
        this.warmUp = warmUp;
    }

    synchronized void record(long latencyMillis, boolean ok) {
        if (ok) {
            succeeded.addMillis(latencyMillis);
        }
        else {
            failed++;
        }
    }

    public String label() {
        return label;
    }

    public double offeredPerSecond() {
        return perSecond;
    }

    public Duration duration() {
        return duration;
    }

    public Latencies succeeded() {
        return succeeded;
    }

    public synchronized int failed() {
        return failed;
    }

    /** Answers that succeeded, per second of the step. */
    public double succeededPerSecond() {
        return succeeded.count() / (duration.toMillis() / 1000.0);
    }

    public boolean isWarmUp() {
        return warmUp;
    }
}
