package com.clinicnet.benchmarks.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.clinicnet.benchmarks.report.Latencies;

import io.gatling.javaapi.core.Session;

/**
 * Server time per page as the client saw it (Gatling's response time: from sending the request to its last byte),
 * for the answers to requests sent after the warm-up, by page; and how the bookings ended. Throughput is over the
 * measured time: from the end of the warm-up to the last answer filed. Bookings are counted over the whole run.
 */
final class PageTimes {

    private final Map<String, Latencies> answered = new LinkedHashMap<>();
    private final Map<String, AtomicLong> failed = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
    private final AtomicLong booked = new AtomicLong();
    private final AtomicLong lastAnswer = new AtomicLong();
    private volatile long measuredFrom = Long.MAX_VALUE;

    PageTimes(String... pages) {
        Arrays.stream(pages).forEach(page -> answered.put(page, new Latencies()));
    }

    /** Answers to requests sent from that long after now on count (the warm-up is over then). */
    void measureAfter(Duration warmUp) {
        measuredFrom = System.nanoTime() + warmUp.toNanos();
    }

    /**
     * Files the answer to the page's last request (the simulation saved {@code latency} and {@code status} first among
     * its checks): as answered when its status is one expected, else as failed; only if it was sent after the
     * warm-up.
     */
    Session record(String page, Session session, List<Integer> expectedStatus) {
        long now = System.nanoTime();
        boolean has = session.contains("latency") && session.contains("status");
        long latencyMillis = has ? session.getLong("latency") : 0;
        if (now - Duration.ofMillis(latencyMillis).toNanos() >= measuredFrom) {
            if (has && expectedStatus.contains(session.getInt("status"))) {
                answered.get(page).addMillis(latencyMillis);
            }
            else {
                failed.computeIfAbsent(page, name -> new AtomicLong()).incrementAndGet();
            }
            lastAnswer.accumulateAndGet(now, Math::max);
        }
        return session.remove("latency").remove("status");
    }

    /** A booking made, warm-up included. */
    void booked() {
        booked.incrementAndGet();
    }

    /** A booking refused, for the reason the confirm page gave, warm-up included. */
    void refused(String reason) {
        refusals.computeIfAbsent(reason, why -> new AtomicLong()).incrementAndGet();
    }

    Map<String, Latencies> answered() {
        return answered;
    }

    long failed(String page) {
        AtomicLong count = failed.get(page);
        return count == null ? 0 : count.get();
    }

    long bookings() {
        return booked.get();
    }

    Map<String, Long> refusals() {
        Map<String, Long> counts = new LinkedHashMap<>();
        refusals.forEach((reason, count) -> counts.put(reason, count.get()));
        return counts;
    }

    long refused() {
        return refusals.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Duration measured() {
        return Duration.ofNanos(Math.max(0, lastAnswer.get() - measuredFrom));
    }

    double perSecond(String page) {
        double seconds = measured().toMillis() / 1000.0;
        return seconds == 0 ? 0 : answered.get(page).count() / seconds;
    }
}
