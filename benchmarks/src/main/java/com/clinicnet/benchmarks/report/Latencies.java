package com.clinicnet.benchmarks.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one measured step; percentiles by nearest rank, in milliseconds. */
public final class Latencies {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    public void add(Duration latency) {
        nanos.add(latency.toNanos());
    }

    public void addMillis(long millis) {
        nanos.add(millis * 1_000_000);
    }

    public int count() {
        return nanos.size();
    }

    public double p50() {
        return percentile(0.50);
    }

    public double p99() {
        return percentile(0.99);
    }

    public double max() {
        return percentile(1.0);
    }

    public double percentile(double q) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.max(0, Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
        return sorted.get(rank) / 1e6;
    }
}
