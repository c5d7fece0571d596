package com.clinicnet.benchmarks.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.clinicnet.benchmarks.report.BenchmarkReport;
import com.clinicnet.benchmarks.report.LineChart;
import com.clinicnet.benchmarks.system.BenchmarkedSystem;
import com.clinicnet.benchmarks.system.RunningService;
import com.clinicnet.benchmarks.system.Scenario;
import com.clinicnet.benchmarks.system.Sql;

/**
 * Scenario 5: a whole day's reminders falling due at the same minute — 50,000 SMS, the provider answering at once —
 * dispatched by one notification-service instance, then another 50,000 by two instances sharing the schedule. The
 * dispatch rate per instance and in all, the time from the burst's commit until all are sent, and that the provider
 * received each reminder exactly once. {@code ./mvnw -q -pl benchmarks exec:exec@reminders}
 * ({@code -Dreminders.count=50000}).
 */
public final class ReminderBurstBenchmark {

    private static final int WARM_UP = 5_000;
    private static final int DEFAULT_BURST = 50_000;
    private static final Duration SENT_WITHIN = Duration.ofMinutes(20);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private ReminderBurstBenchmark() {
    }

    public static void main(String[] args) {
        Scenario.run("reminders", ReminderBurstBenchmark::measure);
    }

    private static void measure(BenchmarkedSystem system) throws Exception {
        int burst = Integer.getInteger("reminders.count", DEFAULT_BURST);
        BenchmarkReport report = BenchmarkReport.of("reminders", "instances", "reminders", "instance", "sent",
                "per second", "commit to all sent s", "sent twice");
        LineChart progress = new LineChart("reminder-burst.png", burst + " SMS reminders due at once: sent over time",
                "seconds since the burst was committed", "reminders sent");
        RunningService first = system.notificationService("notification-service-1", List.of());
        awaitSent(system, DueReminders.write(system, WARM_UP), null);

        Burst one = awaitSent(system, DueReminders.write(system, burst), progress.named("1 instance"));
        one.reportInto(report, 1);
        RunningService second = system.notificationService("notification-service-2", List.of());
        Burst two = awaitSent(system, DueReminders.write(system, burst), progress.named("2 instances"));
        two.reportInto(report, 2);

        report.figure("remindersPerBurst", burst)
                .figure("perSecondOneInstance", one.perSecond())
                .figure("perSecondTwoInstances", two.perSecond())
                .figure("secondsUntilAllSentOneInstance", one.secondsUntilAllSent())
                .figure("secondsUntilAllSentTwoInstances", two.secondsUntilAllSent())
                .figure("sentTwice", one.sentTwice() + two.sentTwice())
                .figure("notificationServiceReadyInSeconds", first.readyIn().toMillis() / 1000.0)
                .figure("rssMiBAfter", Map.of(first.name(), first.residentMemoryMib(), second.name(),
                        second.residentMemoryMib()))
                .chart(progress).write();
        if (one.sentTwice() + two.sentTwice() > 0 || one.notSent() + two.notSent() > 0) {
            throw new IllegalStateException("Not every reminder reached the provider exactly once");
        }
    }

    /** Polls the burst's states until none is left to send; plots the SENT count over time when asked. */
    private static Burst awaitSent(BenchmarkedSystem system, DueReminders burst, LineChart.Series progress)
            throws Exception {
        Instant deadline = burst.committedAt().plus(SENT_WITHIN);
        Instant nextPoint = Instant.now();
        Map<String, Long> states;
        do {
            states = burst.states();
            if (progress != null && !Instant.now().isBefore(nextPoint)) {
                progress.point(Duration.between(burst.committedAt(), Instant.now()).toMillis() / 1000.0,
                        states.getOrDefault("SENT", 0L));
                nextPoint = Instant.now().plus(PROGRESS_EVERY);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The burst was not sent within " + SENT_WITHIN + ": " + states);
            }
            Sql.pause();
        } while (states.getOrDefault("PENDING", 0L) + states.getOrDefault("SENDING", 0L) > 0);
        Instant allSent = Instant.now();
        if (progress != null) {
            progress.point(Duration.between(burst.committedAt(), allSent).toMillis() / 1000.0,
                    states.getOrDefault("SENT", 0L));
        }
        return new Burst(burst.ids().size(), burst.committedAt(), allSent, burst.sentBy(),
                deliveries(system.smsReceived(), burst.ids()));
    }

    /** How often the provider received each reminder of the burst (by the reference the service sends). */
    private static Map<UUID, Long> deliveries(List<String> received, List<UUID> burst) {
        Set<String> ids = burst.stream().map(UUID::toString).collect(Collectors.toSet());
        Map<UUID, Long> counts = new HashMap<>();
        received.stream().filter(ids::contains)
                .forEach(reference -> counts.merge(UUID.fromString(reference), 1L, Long::sum));
        return counts;
    }

    private record Burst(int size, Instant committedAt, Instant allSent, Map<String, DueReminders.SentBy> byInstance,
            Map<UUID, Long> deliveries) {

        /** All of the burst over the span of its sent_at. */
        double perSecond() {
            Collection<DueReminders.SentBy> instances = byInstance.values();
            Instant first = instances.stream().map(DueReminders.SentBy::first).min(Instant::compareTo).orElseThrow();
            Instant last = instances.stream().map(DueReminders.SentBy::last).max(Instant::compareTo).orElseThrow();
            return size / (Duration.between(first, last).toNanos() / 1e9);
        }

        double secondsUntilAllSent() {
            return Duration.between(committedAt, allSent).toMillis() / 1000.0;
        }

        long sentTwice() {
            return deliveries.values().stream().filter(count -> count > 1).count();
        }

        long notSent() {
            return size - deliveries.size();
        }

        void reportInto(BenchmarkReport report, int instances) {
            byInstance.forEach((instance, sent) -> report.row(instances, size, instance, sent.sent(),
                    sent.perSecond(), "", ""));
            report.row(instances, size, "all", deliveries.size(), perSecond(), secondsUntilAllSent(), sentTwice());
        }
    }
}
