package com.clinicnet.benchmarks.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.clinicnet.benchmarks.baseline.RawProduceRate;
import com.clinicnet.benchmarks.booking.BookingRequests;
import com.clinicnet.benchmarks.booking.BookingSimulation;
import com.clinicnet.benchmarks.load.GatlingRun;
import com.clinicnet.benchmarks.load.LoadPlan;
import com.clinicnet.benchmarks.report.BenchmarkReport;
import com.clinicnet.benchmarks.report.Latencies;
import com.clinicnet.benchmarks.report.LineChart;
import com.clinicnet.benchmarks.system.BenchmarkClients;
import com.clinicnet.benchmarks.system.BenchmarkNetwork;
import com.clinicnet.benchmarks.system.BenchmarkedSystem;
import com.clinicnet.benchmarks.system.RunningService;
import com.clinicnet.benchmarks.system.Scenario;
import com.clinicnet.benchmarks.system.Sql;
import com.clinicnet.events.EventType;
import com.clinicnet.events.Topics;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;

/**
 * Scenario 4: under a steady booking load, how long from a booking's commit until its SessionBooked is on the topic,
 * and until its confirmation is accepted by the SMTP server. The commit is known done when the 201 arrives (the
 * figure from there is a lower bound) and started at the session's {@code booked_at}, the transaction's start (an
 * upper bound); both are given. {@code ./mvnw -q -pl benchmarks exec:exec@event-latency}
 * ({@code -Devents.rate=20}).
 */
public final class EventLatencyBenchmark {

    private static final int CLINICS = 20;
    private static final int THERAPISTS_PER_CLINIC = 10;
    private static final int CLIENTS = 400;
    private static final double DEFAULT_RATE = 20;
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration MEASURED = Duration.ofSeconds(60);
    private static final Duration ARRIVED_WITHIN = Duration.ofMinutes(3);
    private static final int KAFKA_BASELINE_RECORDS = 2_000;
    private static final Pattern REFERENCE = Pattern.compile("Reference: ([0-9a-f-]{36})");
    private static final double[] PERCENTILES = { 50, 75, 90, 95, 99, 100 };

    private EventLatencyBenchmark() {
    }

    public static void main(String[] args) {
        Scenario.run("event-latency", EventLatencyBenchmark::measure);
    }

    private static void measure(BenchmarkedSystem system) throws Exception {
        RunningService booking = system.bookingService();
        RunningService notification = system.notificationService("notification-service", List.of());
        BenchmarkNetwork network = BenchmarkNetwork.of(CLINICS, THERAPISTS_PER_CLINIC).publishTo(system);
        List<BenchmarkClients.Client> clients = BenchmarkClients.register(system, booking, CLIENTS, "EMAIL");
        awaitCount(system, "notification-service", "SELECT count(*) FROM contact", CLIENTS);
        Latencies kafkaAlone = new RawProduceRate(system.kafkaBootstrapServers()).oneAtATime(KAFKA_BASELINE_RECORDS);

        double rate = Double.parseDouble(System.getProperty("events.rate", String.valueOf(DEFAULT_RATE)));
        LoadPlan plan = LoadPlan.stepped(booking.baseUrl(), new BookingRequests(network, clients), rate, WARM_UP,
                List.of(rate), MEASURED);
        BenchmarkReport report = BenchmarkReport.of("event-latency", "from", "to", "events", "p50 ms", "p90 ms",
                "p99 ms", "max ms");
        try (TopicWatch watch = TopicWatch.start(system.kafkaBootstrapServers(), Topics.BOOKING_SESSIONS,
                EventType.SESSION_BOOKED_V1.typeName())) {
            GatlingRun.run(BookingSimulation.class, report.directory().resolve("gatling"),
                    "POST /sessions at a steady " + rate + "/s");
            Set<String> measured = plan.answeredAt().entrySet().stream()
                    .filter(answer -> !answer.getValue().isBefore(plan.levelsBegan())).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            awaitCount(system, "notification-service",
                    "SELECT count(*) FROM notification WHERE kind = 'CONFIRMATION' AND state = 'SENT'",
                    plan.answeredAt().size());
            Map<String, Instant> onTopic = watch.firstSeen();
            Map<String, Instant> accepted = confirmationsAccepted(system);
            Map<String, Instant> bookedAt = bookedAt(system);
            Map<String, Instant> answered = plan.answeredAt();

            LineChart chart = new LineChart("event-latency.png", "From a booking to its event and its confirmation ("
                    + rate + " bookings/s)", "percentile", "ms");
            Latencies toTopic = row(report, chart, "201 answered", "SessionBooked on the topic", measured, answered, onTopic);
            row(report, null, "booked_at (tx start)", "SessionBooked on the topic", measured, bookedAt, onTopic);
            Latencies toSmtp = row(report, chart, "201 answered", "confirmation accepted by SMTP", measured, answered, accepted);
            row(report, null, "booked_at (tx start)", "confirmation accepted by SMTP", measured, bookedAt, accepted);
            // where the time between the two goes, from notification-service's own table
            Map<String, Instant[]> confirmation = plannedAndSent(system);
            Map<String, Instant> planned = column(confirmation, 0);
            row(report, null, "SessionBooked on the topic", "confirmation planned (created_at)", measured, onTopic, planned);
            row(report, null, "confirmation planned", "sent_at (after SMTP accepted)", measured, planned,
                    column(confirmation, 1));
            report.row("Kafka alone: send", "acknowledged (acks=all)", kafkaAlone.count(), kafkaAlone.p50(),
                    kafkaAlone.percentile(0.9), kafkaAlone.p99(), kafkaAlone.max());
            report.figure("bookingsPerSecond", rate)
                    .figure("bookingsMeasured", measured.size())
                    .figure("toTopicP50Millis", toTopic.p50()).figure("toTopicP99Millis", toTopic.p99())
                    .figure("toSmtpP50Millis", toSmtp.p50()).figure("toSmtpP99Millis", toSmtp.p99())
                    .figure("confirmationsPerBooking", accepted.size() == answered.size() ? 1 : "missing or extra")
                    .figure("rssMiBAfter", Map.of(booking.name(), booking.residentMemoryMib(), notification.name(),
                            notification.residentMemoryMib()))
                    .chart(chart).write();
        }
    }

    private static Latencies row(BenchmarkReport report, LineChart chart, String from, String to, Set<String> measured,
            Map<String, Instant> start, Map<String, Instant> end) {
        Latencies latencies = new Latencies();
        for (String session : measured) {
            if (start.containsKey(session) && end.containsKey(session)) {
                latencies.add(Duration.between(start.get(session), end.get(session)));
            }
        }
        if (latencies.count() != measured.size()) {
            throw new IllegalStateException(to + ": " + latencies.count() + " of " + measured.size() + " seen");
        }
        report.row(from, to, latencies.count(), latencies.p50(), latencies.percentile(0.9), latencies.p99(),
                latencies.max());
        if (chart != null) {
            for (double q : PERCENTILES) {
                chart.point(to, q, latencies.percentile(q / 100));
            }
        }
        return latencies;
    }

    /** Session id → when GreenMail received its confirmation; each session's confirmation must arrive once. */
    private static Map<String, Instant> confirmationsAccepted(BenchmarkedSystem system) throws Exception {
        Map<String, Instant> accepted = new HashMap<>();
        for (MimeMessage message : system.smtp().getReceivedMessages()) {
            // a confirmation carries a calendar invite, so its text is the first part
            Object content = message.getContent();
            Matcher reference = REFERENCE.matcher(content instanceof jakarta.mail.Multipart parts
                    ? GreenMailUtil.getBody(parts.getBodyPart(0)) : GreenMailUtil.getBody(message));
            if (reference.find() && accepted.put(reference.group(1), message.getReceivedDate().toInstant()) != null) {
                throw new IllegalStateException("Session " + reference.group(1) + " was confirmed twice");
            }
        }
        return accepted;
    }

    /** Session id → [created_at, sent_at] of its confirmation in notification-service's table. */
    private static Map<String, Instant[]> plannedAndSent(BenchmarkedSystem system) throws Exception {
        Map<String, Instant[]> rows = new HashMap<>();
        try (Connection db = system.connect("notification-service"); PreparedStatement query = db.prepareStatement(
                "SELECT session_id, created_at, sent_at FROM notification WHERE kind = 'CONFIRMATION' AND state = 'SENT'");
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rows.put(row.getObject(1, UUID.class).toString(), new Instant[] { row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3).toInstant() });
            }
        }
        return rows;
    }

    private static Map<String, Instant> column(Map<String, Instant[]> rows, int index) {
        Map<String, Instant> column = new HashMap<>();
        rows.forEach((session, values) -> column.put(session, values[index]));
        return column;
    }

    private static Map<String, Instant> bookedAt(BenchmarkedSystem system) throws Exception {
        Map<String, Instant> bookedAt = new HashMap<>();
        try (Connection db = system.connect("booking-service");
                PreparedStatement query = db.prepareStatement("SELECT id, booked_at FROM session");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                bookedAt.put(rows.getObject(1, UUID.class).toString(), rows.getTimestamp(2).toInstant());
            }
        }
        return bookedAt;
    }

    private static void awaitCount(BenchmarkedSystem system, String service, String query, long expected)
            throws Exception {
        try (Connection db = system.connect(service)) {
            Sql.awaitCount(db, query, expected, ARRIVED_WITHIN);
        }
    }
}
