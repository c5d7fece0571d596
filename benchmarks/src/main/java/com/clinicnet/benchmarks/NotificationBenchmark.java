package com.clinicnet.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6's benchmark, against the packaged notification-service jar as its own process (C2 JIT, -Xmx512m,
 * SerialGC), an embedded KRaft Kafka and PostgreSQL 17, all on this machine:
 * <ol>
 * <li><b>Reminder dispatch rate of one instance.</b> N PENDING reminders, already due, with their contacts, session
 * states and directory names, are written straight into notification-service's tables while no instance runs (the
 * rows {@code NotificationSchedule.planOnce}, {@code ContactDirectory}, {@code SessionStates} and
 * {@code ClinicDirectory} would write), then one instance is started and the database is polled every 200 ms
 * until all N are SENT (a cold JVM: the JIT compiles while it sends). Then N more are committed in one transaction
 * while the same instance runs (warm). Rate = N / (last sent_at − first sent_at). Once for clients who prefer SMS,
 * sent to a
 * WireMock provider that answers 202 at once, and once for email clients, sent to GreenMail over SMTP. The
 * channels' rate limits are raised to 100,000 per second so they are not what is measured. Each SMS must reach
 * the provider exactly once (one request per Idempotency-Key), each email the SMTP server exactly once (one per
 * Message-ID). Email is measured twice: as configured, and with HELO instead of EHLO, because GreenMail's EHLO
 * answer stalls each new SMTP connection about 40 ms (see {@link #HELO}).</li>
 * <li><b>Confirmation delay.</b> booking-service and notification-service as processes with their default dispatch
 * settings; bookings by POST /sessions at a steady rate; for each, the delay from the booking's commit in
 * booking-service to the confirmation's acceptance by the SMTP server (GreenMail). "Commit" is bounded on both
 * sides: {@code session.booked_at} ({@code DEFAULT now()}, the start of the booking transaction, just before the
 * commit) and the moment the client had the 201 answer (just after it). "Accepted" is GreenMail's received date of
 * the stored message, taken when the message is stored during the SMTP DATA command, before the server's 250
 * reply (millisecond resolution). Split in two by the confirmation row's {@code created_at} in notification-service
 * (the transaction that consumed SessionBooked and planned it). Taken with EHLO and with HELO, as above.</li>
 * </ol>
 * Writes benchmarks/target/benchmark-notifications.json. Run with
 * {@code ./mvnw -q -DskipTests install && ./mvnw -q -pl benchmarks exec:java@notifications}.
 */
public final class NotificationBenchmark {

    /** Due reminders per dispatch measurement. */
    private static final int REMINDERS = 5_000;
    /** Bookings measured for the confirmation delay, after {@link #WARM_UP_BOOKINGS} not measured. */
    private static final int BOOKINGS = 300;
    private static final int WARM_UP_BOOKINGS = 30;
    private static final double BOOKINGS_PER_SECOND = 10;
    private static final int BOOKING_THREADS = 4;
    private static final int CLIENTS = 50;
    private static final int THERAPISTS = 10;

    /** notification-service's defaults, passed explicitly so the figures are tied to them. */
    private static final int BATCH_SIZE = 50;
    private static final String POLL_EVERY = "PT0.25S";
    /** High enough that no channel's rate limit is the bottleneck (the defaults are 20/s for SMS, 50/s for email). */
    private static final int PERMITS_PER_SECOND = 100_000;

    private static final Duration DB_POLL = Duration.ofMillis(200);
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Duration DISPATCH_WITHIN = Duration.ofMinutes(20);
    /**
     * The services' JVM options; more may be appended with -Dclinicnet.benchmark.service-jvm-options="..." (space
     * separated), e.g. to record a flight recording of a run that is not used for figures.
     */
    private static final List<String> JVM = jvmOptions("-Xmx512m", "-XX:+UseSerialGC");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String NOTIFICATION_DB = "benchmark_notification";
    private static final String BOOKING_DB = "benchmark_notification_booking";
    private static final String THERAPIST_SOURCE = "/clinicnet/therapist-service";
    private static final Pattern REFERENCE = Pattern.compile("Reference: ([0-9a-f-]{36})");
    /**
     * GreenMail writes its three-line EHLO answer as three flushed writes; with Nagle's algorithm on its socket and
     * the client's delayed ACK that costs about 40 ms per SMTP connection on loopback (HELO, one line, takes under
     * 1 ms), and notification-service opens one connection per email. A relay that answers EHLO in one write has no
     * such stall. The email figures are taken both ways.
     */
    private static final String HELO = "--spring.mail.properties.mail.smtp.ehlo=false";

    private final RealInfrastructure infrastructure = RealInfrastructure.shared();
    private final TestIdentityProvider identity = TestIdentityProvider.shared();
    private final Path project = Path.of(System.getProperty("clinicnet.project", "..")).toAbsolutePath().normalize();
    private final Path logs = project.resolve("benchmarks/target/logs");
    private final SmsProvider sms = new SmsProvider();
    private final List<ServiceProcess> running = new ArrayList<>();
    private WireMockServer provider;

    public static void main(String[] args) {
        int status = 0;
        try {
            new NotificationBenchmark().run();
        }
        catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // the embedded broker's threads would keep the JVM alive
        System.exit(status);
    }

    private void run() throws Exception {
        provider = new WireMockServer(options().dynamicPort().disableRequestJournal().extensions(sms));
        provider.start();
        provider.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(202)));
        // asked only about sends left in doubt by a stopped instance, which must not happen here
        provider.stubFor(get(urlPathMatching("/sms/.*")).willReturn(aResponse().withStatus(404)));
        try {
            createSchema();
            List<Dispatch> dispatches = List.of(
                    measureDispatch("SMS", "sms", "SMS to a provider answering 202 at once (WireMock)", List.of()),
                    measureDispatch("EMAIL", "email", "email to GreenMail over SMTP, as configured (EHLO)", List.of()),
                    measureDispatch("EMAIL", "email-helo", "email to GreenMail over SMTP, HELO instead of EHLO",
                            List.of(HELO)));
            List<Confirmations> confirmations = List.of(
                    measureConfirmations("ehlo", "as configured (EHLO)", List.of()),
                    measureConfirmations("helo", "HELO instead of EHLO", List.of(HELO)));
            report(dispatches, confirmations);
        }
        finally {
            running.forEach(ServiceProcess::stop);
            provider.stop();
        }
    }

    /** Starts notification-service once so Flyway creates its tables, and stops it. */
    private void createSchema() {
        GreenMail smtp = startSmtp();
        ServiceProcess first = notificationService("notification-service-schema", smtp, List.of());
        try {
            first.start();
            System.out.printf("notification-service (schema) ready in %.1f s%n",
                    first.awaitReady(READY_WITHIN).toMillis() / 1000.0);
        }
        finally {
            first.stop();
            smtp.stop();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // 1. dispatch rate of one instance

    /**
     * Two bursts of N due reminders on one instance: the first written before the instance starts (a cold JVM: the
     * JIT compiles while it sends), the second committed in one transaction while the same instance runs (warm).
     */
    private Dispatch measureDispatch(String channel, String label, String description, List<String> extra)
            throws Exception {
        GreenMail smtp = startSmtp();
        ServiceProcess instance = notificationService("notification-service-" + label, smtp, extra);
        try {
            Burst cold = seedDueReminders(channel);
            instance.start();
            Duration startup = instance.awaitReady(READY_WITHIN);
            Burst.Result first = awaitSent(instance, cold, Instant.now(), smtp, 1);
            print(label + " cold", first);
            Burst warm = seedDueReminders(channel);
            Burst.Result second = awaitSent(instance, warm, warm.committedAt(), smtp, 2);
            print(label + " warm", second);
            String metrics = ServiceClient.onPort(instance.httpPort()).as(identity.ops()).getText("/actuator/prometheus");
            return new Dispatch(label, description, channel, extra, startup, first, second,
                    providerCalls(metrics, channel), instance.residentMemoryMib().orElse(-1L));
        }
        finally {
            instance.stop();
            smtp.stop();
        }
    }

    private static void print(String what, Burst.Result result) {
        System.out.printf("%s: %d reminders sent, %.1f/s (sent_at span %.2f s), %.1f s from start to all seen%n", what,
                result.n(), result.rate(), result.spanSeconds(), result.startToAllSeenSeconds());
    }

    /** Polls the database every 200 ms until the burst is all SENT, then checks each went out exactly once. */
    private Burst.Result awaitSent(ServiceProcess instance, Burst burst, Instant from, GreenMail smtp, int bursts)
            throws Exception {
        Cpu cpuBefore = Cpu.sample(instance, postgresPort());
        Map<String, Long> states = Map.of();
        Instant deadline = from.plus(DISPATCH_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            states = statesOf(burst.clinic());
            if (states.getOrDefault("SENT", 0L) == REMINDERS
                    || states.getOrDefault("PENDING", 0L) + states.getOrDefault("SENDING", 0L) == 0) {
                break;
            }
            Thread.sleep(DB_POLL.toMillis());
        }
        Instant allSentSeen = Instant.now();
        Cpu cpuAfter = Cpu.sample(instance, postgresPort());
        if (states.getOrDefault("SENT", 0L) != REMINDERS) {
            throw new IllegalStateException("Not all " + REMINDERS + " reminders were sent: " + states);
        }
        Map<String, Object> checks = burst.channel().equals("SMS") ? checkSms(burst)
                : checkEmail(burst.ids(), smtp, bursts * REMINDERS);
        return new Burst.Result(REMINDERS, from, sentTimes(burst.clinic()), allSentSeen, cpuAfter.minus(cpuBefore),
                checks, sentSummary(burst.clinic()));
    }

    /**
     * The rows the service would hold for N sessions starting in about 2 h whose 2-hour reminder fell due a moment
     * ago: contact, session state (still BOOKED at that start), clinic and therapist names, PENDING reminder.
     */
    private Burst seedDueReminders(String channel) throws SQLException {
        UUID clinic = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        int providerBefore = sms.total();
        Instant committedAt;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<UUID> ids = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = notificationDb()) {
            db.setAutoCommit(false);
            try (PreparedStatement names = db.prepareStatement("INSERT INTO clinic (id, name, version) VALUES (?, ?, 1)")) {
                names.setObject(1, clinic);
                names.setString(2, "ClinicNet Benchmark " + channel);
                names.executeUpdate();
            }
            try (PreparedStatement names = db.prepareStatement(
                    "INSERT INTO therapist (id, first_name, version) VALUES (?, 'Alex', 1)")) {
                names.setObject(1, therapist);
                names.executeUpdate();
            }
            try (PreparedStatement contact = db.prepareStatement("""
                    INSERT INTO contact (client_id, name, email, phone, time_zone, language, preferred_channel, version)
                    VALUES (?, ?, ?, ?, 'Europe/Lisbon', 'en', ?, 1)""");
                    PreparedStatement session = db.prepareStatement("""
                            INSERT INTO session_state (session_id, version, status, starts_at) VALUES (?, 1, 'BOOKED', ?)""");
                    PreparedStatement reminder = db.prepareStatement("""
                            INSERT INTO notification (id, kind, client_id, session_id, clinic_id, therapist_id,
                                                      source_event_id, due_at, state, session_starts_at,
                                                      clinic_time_zone, duration_minutes, offset_minutes)
                            VALUES (?, 'REMINDER', ?, ?, ?, ?, ?, ?, 'PENDING', ?, 'Europe/Lisbon', 60, 120)""")) {
                for (int i = 0; i < REMINDERS; i++) {
                    UUID id = UUID.randomUUID();
                    UUID client = UUID.randomUUID();
                    UUID sessionId = UUID.randomUUID();
                    // sessions every few seconds from 2 h 5 min on; each reminder due 2 h before, all in the last minutes
                    Instant startsAt = now.plus(Duration.ofMinutes(125)).plusMillis(10L * i);
                    Instant dueAt = now.minus(Duration.ofMinutes(5)).plusMillis(10L * i);
                    ids.add(id);
                    contact.setObject(1, client);
                    contact.setString(2, "Client " + i);
                    contact.setString(3, channel.equals("EMAIL") ? "reminder-" + run + "-" + i + "@example.org" : null);
                    contact.setString(4, channel.equals("SMS") ? "+3519" + String.format("%08d", i) : null);
                    contact.setString(5, channel);
                    contact.addBatch();
                    session.setObject(1, sessionId);
                    session.setTimestamp(2, Timestamp.from(startsAt));
                    session.addBatch();
                    reminder.setObject(1, id);
                    reminder.setObject(2, client);
                    reminder.setObject(3, sessionId);
                    reminder.setObject(4, clinic);
                    reminder.setObject(5, therapist);
                    reminder.setObject(6, UUID.randomUUID());
                    reminder.setTimestamp(7, Timestamp.from(dueAt));
                    reminder.setTimestamp(8, Timestamp.from(startsAt));
                    reminder.addBatch();
                    if (i % 1000 == 999) {
                        contact.executeBatch();
                        session.executeBatch();
                        reminder.executeBatch();
                    }
                }
                contact.executeBatch();
                session.executeBatch();
                reminder.executeBatch();
            }
            db.commit();
            committedAt = Instant.now();
        }
        System.out.printf("%s: %d due reminders written%n", channel, REMINDERS);
        return new Burst(channel, clinic, ids, providerBefore, committedAt);
    }

    private Map<String, Long> statesOf(UUID clinic) throws SQLException {
        Map<String, Long> states = new HashMap<>();
        try (Connection db = notificationDb(); PreparedStatement query = db.prepareStatement(
                "SELECT state, count(*) FROM notification WHERE clinic_id = ? GROUP BY state")) {
            query.setObject(1, clinic);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return states;
    }

    private List<Instant> sentTimes(UUID clinic) throws SQLException {
        List<Instant> times = new ArrayList<>();
        try (Connection db = notificationDb(); PreparedStatement query = db.prepareStatement(
                "SELECT sent_at FROM notification WHERE clinic_id = ? AND state = 'SENT' ORDER BY sent_at")) {
            query.setObject(1, clinic);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    times.add(rows.getTimestamp(1).toInstant());
                }
            }
        }
        return times;
    }

    private Map<String, Object> sentSummary(UUID clinic) throws SQLException {
        Map<String, Object> summary = new LinkedHashMap<>();
        try (Connection db = notificationDb(); PreparedStatement query = db.prepareStatement("""
                SELECT count(*) FILTER (WHERE attempts <> 1), count(DISTINCT sent_by), count(DISTINCT channel)
                FROM notification WHERE clinic_id = ?""")) {
            query.setObject(1, clinic);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                summary.put("rowsWithAttemptsOtherThanOne", rows.getLong(1));
                summary.put("distinctSenders", rows.getLong(2));
                summary.put("distinctChannels", rows.getLong(3));
            }
        }
        return summary;
    }

    /** Every reminder reached the provider exactly once: one POST per Idempotency-Key, N POSTs in all. */
    private Map<String, Object> checkSms(Burst burst) {
        List<UUID> ids = burst.ids();
        Map<String, Integer> perKey = sms.perKey();
        int total = sms.total() - burst.providerBefore();
        long once = ids.stream().filter(id -> perKey.getOrDefault(id.toString(), 0) == 1).count();
        long twice = perKey.values().stream().filter(count -> count > 1).count();
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("providerPosts", total);
        check.put("remindersPostedExactlyOnce", once);
        check.put("keysPostedMoreThanOnce", twice);
        check.put("statusQueries", sms.statusQueries());
        if (total != ids.size() || once != ids.size() || twice != 0) {
            throw new IllegalStateException("SMS not sent exactly once each: " + check);
        }
        return check;
    }

    /** Every reminder reached the SMTP server exactly once: one message per Message-ID, no message beyond those. */
    private Map<String, Object> checkEmail(List<UUID> ids, GreenMail smtp, int expectedInAll) throws MessagingException {
        MimeMessage[] messages = smtp.getReceivedMessages();
        Map<String, Integer> perId = new HashMap<>();
        for (MimeMessage message : messages) {
            String messageId = message.getMessageID();
            String id = messageId == null ? "" : messageId.replaceAll("^<([^@]*)@.*$", "$1");
            perId.merge(id, 1, Integer::sum);
        }
        long once = ids.stream().filter(id -> perId.getOrDefault(id.toString(), 0) == 1).count();
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("smtpMessagesInAll", messages.length);
        check.put("remindersReceivedExactlyOnce", once);
        check.put("messageIdsReceivedMoreThanOnce", perId.values().stream().filter(count -> count > 1).count());
        if (messages.length != expectedInAll || once != ids.size()) {
            throw new IllegalStateException("Email not sent exactly once each: " + check);
        }
        return check;
    }

    /** Time spent in the provider call as the service's own metrics see it (RestClient observation), for SMS. */
    private static Map<String, Object> providerCalls(String metrics, String channel) {
        Map<String, Object> calls = new LinkedHashMap<>();
        if (channel.equals("SMS")) {
            sumAndCount(metrics, "http_client_requests_seconds", "uri=\"").ifPresent(sc -> {
                calls.put("httpClientRequests", sc[1]);
                calls.put("httpClientSecondsTotal", sc[0]);
            });
        }
        sumAndCount(metrics, "resilience4j_timelimiter_calls_total", "name=\"" + channel.toLowerCase() + "\"")
                .ifPresent(sc -> calls.put("timeLimiterCallsTotal", sc[0]));
        return calls;
    }

    /** [sum, count] of a Prometheus metric over the series whose labels contain the given text. */
    private static Optional<double[]> sumAndCount(String metrics, String name, String labelText) {
        double sum = 0;
        double count = 0;
        boolean found = false;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("#") || !line.contains(labelText)) {
                continue;
            }
            String value = line.substring(line.lastIndexOf(' ') + 1);
            if (line.startsWith(name + "_sum{") || (line.startsWith(name + "{") && !name.endsWith("_seconds"))) {
                sum += Double.parseDouble(value);
                found = true;
            }
            else if (line.startsWith(name + "_count{")) {
                count += Double.parseDouble(value);
            }
        }
        return found ? Optional.of(new double[] { sum, count }) : Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // 2. confirmation delay

    private Confirmations measureConfirmations(String label, String description, List<String> extra) throws Exception {
        GreenMail smtp = startSmtp();
        int bookingPort = freePort();
        ServiceProcess booking = ServiceProcess.springBootJar("booking-service-confirmations-" + label,
                project.resolve("booking-service/target/booking-service.jar"), bookingPort, logs, JVM,
                List.of("--spring.datasource.url=" + infrastructure.jdbcUrl(BOOKING_DB),
                        "--spring.datasource.username=" + infrastructure.username(),
                        "--spring.datasource.password=" + infrastructure.password(),
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.ISSUER,
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + identity.jwkSetUri(),
                        "--clinicnet.security.rate-limit.requests-per-period=1000000",
                        "--logging.level.root=warn"));
        ServiceProcess notification = notificationService("notification-service-confirmations-" + label, smtp, extra);
        running.add(booking);
        running.add(notification);
        try {
            booking.start();
            notification.start();
            booking.awaitReady(READY_WITHIN);
            notification.awaitReady(READY_WITHIN);
            UUID clinic = UUID.randomUUID();
            List<UUID> therapists = seedDirectory(clinic);
            List<UUID> clients = registerClients(bookingPort);
            LocalDate firstDay = LocalDate.now(LISBON).plusDays(3);

            List<Booking> warmUp = book(bookingPort, clinic, therapists, clients, firstDay, 0, WARM_UP_BOOKINGS);
            awaitConfirmations(smtp, warmUp);
            Cpu cpuBefore = Cpu.sample(notification, postgresPort());
            Instant begin = Instant.now();
            List<Booking> measured = book(bookingPort, clinic, therapists, clients, firstDay, WARM_UP_BOOKINGS, BOOKINGS);
            Duration offered = Duration.between(begin, Instant.now());
            Map<UUID, Instant> accepted = awaitConfirmations(smtp, measured);
            Cpu cpuAfter = Cpu.sample(notification, postgresPort());
            Map<UUID, Instant> bookedAt = bookedAt(measured);
            Map<UUID, Instant[]> planned = plannedAndSent(measured);

            List<Long> fromBookedAt = new ArrayList<>();
            List<Long> from201 = new ArrayList<>();
            List<Long> toPlanned = new ArrayList<>();
            List<Long> plannedToAccepted = new ArrayList<>();
            List<Long> acceptedToSentAt = new ArrayList<>();
            for (Booking b : measured) {
                Instant at = accepted.get(b.session());
                Instant[] row = planned.get(b.session());
                fromBookedAt.add(Duration.between(bookedAt.get(b.session()), at).toNanos());
                from201.add(Duration.between(b.answeredAt(), at).toNanos());
                toPlanned.add(Duration.between(bookedAt.get(b.session()), row[0]).toNanos());
                plannedToAccepted.add(Duration.between(row[0], at).toNanos());
                acceptedToSentAt.add(Duration.between(at, row[1]).toNanos());
            }
            List<Long> requestNanos = measured.stream().map(b -> Duration.between(b.sentAt(), b.answeredAt()).toNanos())
                    .toList();
            long duplicates = smtp.getReceivedMessages().length - (WARM_UP_BOOKINGS + BOOKINGS);
            Confirmations result = new Confirmations(label, description, extra, BOOKINGS,
                    measured.size() / (offered.toNanos() / 1e9), Stats.of(fromBookedAt), Stats.of(from201),
                    Stats.of(requestNanos), Stats.of(toPlanned), Stats.of(plannedToAccepted), Stats.of(acceptedToSentAt),
                    duplicates, cpuBefore, cpuAfter);
            System.out.printf("confirmations %s: p50 %.0f ms, p99 %.0f ms from booked_at to SMTP accepted%n", label,
                    result.fromBookedAt().p50(), result.fromBookedAt().p99());
            return result;
        }
        finally {
            notification.stop();
            booking.stop();
            running.remove(notification);
            running.remove(booking);
            smtp.stop();
        }
    }

    /** One clinic open all day with a room per therapist, and therapists working there all day, every day. */
    private List<UUID> seedDirectory(UUID clinic) throws Exception {
        String brokers = infrastructure.kafkaBootstrapServers();
        PublishedEvents.publish(brokers, new SpecialtyDescribedV1(UUID.randomUUID(), Instant.now(), "LOWER_BACK",
                "Lower back", List.of("LOWER_BACK_PAIN")), THERAPIST_SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(clinic, "Benchmarkville", LISBON.getId(), THERAPISTS,
                10, 1), THERAPIST_SOURCE);
        List<UUID> therapists = new ArrayList<>();
        for (int t = 0; t < THERAPISTS; t++) {
            UUID therapist = UUID.randomUUID();
            therapists.add(therapist);
            PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(therapist, clinic, "LOWER_BACK", 2, 1),
                    THERAPIST_SOURCE);
        }
        awaitCount(() -> count(bookingDb(), "SELECT count(*) FROM therapist_view_clinic"), THERAPISTS,
                "booking-service's read model");
        awaitCount(() -> count(notificationDb(), "SELECT count(*) FROM therapist WHERE first_name IS NOT NULL AND id IN ("
                + therapists.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + "," + b).orElseThrow() + ")"),
                THERAPISTS, "notification-service's directory");
        return therapists;
    }

    /** Clients registered through booking-service, who reach notification-service on client.contacts. */
    private List<UUID> registerClients(int bookingPort) throws Exception {
        List<UUID> clients = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int c = 0; c < CLIENTS; c++) {
            UUID client = UUID.randomUUID();
            HttpResponseBody answer = ServiceClient.onPort(bookingPort).as(identity.client(client)).post("/clients",
                    Map.of("name", "Client " + c, "email", "confirm-" + run + "-" + c + "@example.org",
                            "timeZone", LISBON.getId(), "language", "en", "preferredChannel", "EMAIL"));
            if (answer.status() != 201) {
                throw new IllegalStateException("Registration answered " + answer.status() + " " + answer.json());
            }
            clients.add(client);
        }
        awaitCount(() -> count(notificationDb(), "SELECT count(*) FROM contact WHERE email LIKE 'confirm-" + run + "-%'"),
                CLIENTS, "notification-service's contacts");
        return clients;
    }

    /**
     * Bookings numbered from {@code first}, offered at a steady {@link #BOOKINGS_PER_SECOND} (open model: the next
     * goes out on time whether or not the previous has been answered), each on its own free slot.
     */
    private List<Booking> book(int port, UUID clinic, List<UUID> therapists, List<UUID> clients, LocalDate firstDay,
            int first, int count) throws Exception {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(BOOKING_THREADS);
        List<Future<Booking>> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger(first);
        long periodMicros = (long) (1_000_000 / BOOKINGS_PER_SECOND);
        clock.scheduleAtFixedRate(() -> {
            int n = next.getAndIncrement();
            if (n < first + count) {
                answers.add(senders.submit(() -> bookOne(port, clinic, therapists, clients, firstDay, n)));
            }
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        while (next.get() < first + count) {
            Thread.sleep(20);
        }
        clock.shutdown();
        clock.awaitTermination(1, TimeUnit.SECONDS);
        List<Booking> bookings = new ArrayList<>();
        for (Future<Booking> answer : List.copyOf(answers)) {
            bookings.add(answer.get());
        }
        senders.shutdown();
        return bookings;
    }

    private Booking bookOne(int port, UUID clinic, List<UUID> therapists, List<UUID> clients, LocalDate firstDay,
            int n) {
        UUID client = clients.get(n % clients.size());
        int slot = n / therapists.size();
        ZonedDateTime start = firstDay.plusDays(slot / 8).atTime(8, 0).plusMinutes(90L * (slot % 8)).atZone(LISBON);
        ServiceClient api = ServiceClient.onPort(port).as(identity.client(client));
        Map<String, Object> request = Map.of("clientId", client.toString(),
                "therapistId", therapists.get(n % therapists.size()).toString(), "clinicId", clinic.toString(),
                "startsAt", start.toOffsetDateTime().toString(), "durationMinutes", 60);
        Instant sentAt = Instant.now();
        HttpResponseBody answer = api.post("/sessions", request);
        Instant answeredAt = Instant.now();
        if (answer.status() != 201) {
            throw new IllegalStateException("Booking answered " + answer.status() + " " + answer.json());
        }
        return new Booking(UUID.fromString(answer.text("id")), sentAt, answeredAt);
    }

    /** Session → when the SMTP server stored its confirmation; waits for all of them. */
    private Map<UUID, Instant> awaitConfirmations(GreenMail smtp, List<Booking> bookings) throws Exception {
        Set<UUID> wanted = new HashSet<>();
        bookings.forEach(b -> wanted.add(b.session()));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            Map<UUID, Instant> accepted = new HashMap<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (!message.getSubject().endsWith("is booked")) {
                    continue;
                }
                Matcher reference = REFERENCE.matcher(textOf(message));
                if (reference.find() && wanted.contains(UUID.fromString(reference.group(1)))) {
                    if (message.getReceivedDate() == null) {
                        throw new IllegalStateException("GreenMail gave no received date");
                    }
                    accepted.merge(UUID.fromString(reference.group(1)), message.getReceivedDate().toInstant(),
                            (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            if (accepted.size() == wanted.size()) {
                return accepted;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Only " + accepted.size() + " of " + wanted.size()
                        + " confirmations arrived");
            }
            Thread.sleep(200);
        }
    }

    private static String textOf(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(message);
        }
        catch (IOException | MessagingException e) {
            return GreenMailUtil.getBody(message);
        }
    }

    /** Session → [created_at, sent_at] of its confirmation in notification-service's table. */
    private Map<UUID, Instant[]> plannedAndSent(List<Booking> bookings) throws SQLException {
        Map<UUID, Instant[]> rows = new HashMap<>();
        try (Connection db = notificationDb(); PreparedStatement query = db.prepareStatement("""
                SELECT session_id, created_at, sent_at FROM notification
                WHERE kind = 'CONFIRMATION' AND state = 'SENT' AND session_id = ANY(?)""")) {
            query.setArray(1, db.createArrayOf("uuid", bookings.stream().map(Booking::session).toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.put(row.getObject(1, UUID.class), new Instant[] { row.getTimestamp(2).toInstant(),
                            row.getTimestamp(3).toInstant() });
                }
            }
        }
        if (rows.size() != bookings.size()) {
            throw new IllegalStateException("Only " + rows.size() + " confirmations SENT in notification-service's table");
        }
        return rows;
    }

    private Map<UUID, Instant> bookedAt(List<Booking> bookings) throws SQLException {
        Map<UUID, Instant> bookedAt = new HashMap<>();
        try (Connection db = bookingDb(); PreparedStatement query = db.prepareStatement(
                "SELECT id, booked_at FROM session WHERE id = ANY(?)")) {
            query.setArray(1, db.createArrayOf("uuid", bookings.stream().map(Booking::session).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bookedAt.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
                }
            }
        }
        if (bookedAt.size() != bookings.size()) {
            throw new IllegalStateException("Only " + bookedAt.size() + " sessions found in booking-service's database");
        }
        return bookedAt;
    }

    // ---------------------------------------------------------------------------------------------------------
    // report

    private void report(List<Dispatch> dispatches, List<Confirmations> confirmations) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", Instant.now().toString());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("jdk", System.getProperty("java.version"));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("batchSize", BATCH_SIZE);
        settings.put("pollEvery", POLL_EVERY);
        settings.put("smsPermitsPerSecond", PERMITS_PER_SECOND);
        settings.put("emailPermitsPerSecond", PERMITS_PER_SECOND);
        settings.put("serviceJvm", String.join(" ", JVM));
        settings.put("reminders", REMINDERS);
        settings.put("bookings", BOOKINGS);
        settings.put("warmUpBookings", WARM_UP_BOOKINGS);
        settings.put("offeredBookingsPerSecond", BOOKINGS_PER_SECOND);
        json.put("settings", settings);
        json.put("dispatch", dispatches.stream().map(Dispatch::toJson).toList());
        json.put("confirmation", confirmations.stream().map(Confirmations::toJson).toList());
        String text = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json);
        Path out = project.resolve("benchmarks/target/benchmark-notifications.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);

        System.out.printf("%n%-66s %9s %9s %9s%n", "reminder dispatch, one instance, " + REMINDERS + " due at once",
                "per s", "span s", "p10-p90/s");
        for (Dispatch d : dispatches) {
            for (Burst.Result burst : List.of(d.cold(), d.warm())) {
                System.out.printf("%-66s %9.1f %9.2f %9.1f%n", d.description() + (burst == d.cold() ? ", cold" : ", warm"),
                        burst.rate(), burst.spanSeconds(), burst.steadyRate());
            }
        }
        for (Confirmations c : confirmations) {
            System.out.printf("%n%-66s %9s %9s %9s%n", "confirmation delay, " + BOOKINGS + " bookings at "
                    + BOOKINGS_PER_SECOND + "/s, email " + c.description(), "p50 ms", "p99 ms", "max ms");
            row("from session.booked_at (booking tx start) to SMTP accepted", c.fromBookedAt());
            row("from the client's 201 answer to SMTP accepted", c.from201());
            row("  of which: booked_at to confirmation row created (Kafka)", c.toPlanned());
            row("  of which: confirmation row created to SMTP accepted", c.plannedToAccepted());
            row("SMTP accepted to sent_at recorded", c.acceptedToSentAt());
            row("POST /sessions round trip", c.request());
        }
        System.out.println();
        System.out.println(text);
        System.out.println("written to " + out);
    }

    private static void row(String what, Stats stats) {
        System.out.printf("%-66s %9.0f %9.0f %9.0f%n", what, stats.p50(), stats.p99(), stats.max());
    }

    // ---------------------------------------------------------------------------------------------------------
    // plumbing

    private ServiceProcess notificationService(String name, GreenMail smtp, List<String> extra) {
        List<String> arguments = new ArrayList<>(List.of(
                        "--spring.datasource.url=" + infrastructure.jdbcUrl(NOTIFICATION_DB),
                        "--spring.datasource.username=" + infrastructure.username(),
                        "--spring.datasource.password=" + infrastructure.password(),
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.ISSUER,
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + identity.jwkSetUri(),
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--clinicnet.notifications.sms.url=" + provider.baseUrl() + "/sms",
                        "--clinicnet.notifications.batch-size=" + BATCH_SIZE,
                        "--clinicnet.notifications.poll-every=" + POLL_EVERY,
                        "--clinicnet.notifications.channels.sms.permits-per-period=" + PERMITS_PER_SECOND,
                        "--clinicnet.notifications.channels.sms.period=PT1S",
                        "--clinicnet.notifications.channels.email.permits-per-period=" + PERMITS_PER_SECOND,
                        "--clinicnet.notifications.channels.email.period=PT1S",
                        "--logging.level.root=warn"));
        arguments.addAll(extra);
        return ServiceProcess.springBootJar(name, project.resolve("notification-service/target/notification-service.jar"),
                freePort(), logs, JVM, arguments);
    }

    private static List<String> jvmOptions(String... defaults) {
        List<String> options = new ArrayList<>(List.of(defaults));
        String extra = System.getProperty("clinicnet.benchmark.service-jvm-options", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return List.copyOf(options);
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return smtp;
    }

    private void awaitCount(SqlCount query, long expected, String what) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        long seen;
        while ((seen = query.get()) < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " has " + seen + " of " + expected + " in time");
            }
            Thread.sleep(100);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (db; var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private int postgresPort() {
        Matcher port = Pattern.compile("//[^:/]+:(\\d+)/").matcher(infrastructure.jdbcUrl(NOTIFICATION_DB));
        return port.find() ? Integer.parseInt(port.group(1)) : -1;
    }

    private Connection notificationDb() throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(NOTIFICATION_DB), infrastructure.username(),
                infrastructure.password());
    }

    private Connection bookingDb() throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(BOOKING_DB), infrastructure.username(),
                infrastructure.password());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SqlCount {
        long get() throws SQLException;
    }

    private record Booking(UUID session, Instant sentAt, Instant answeredAt) {
    }

    private record Stats(int n, double p50, double p90, double p99, double max, double min) {

        static Stats of(Collection<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new Stats(sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99),
                    sorted.getLast() / 1e6, sorted.getFirst() / 1e6);
        }

        /** Nearest rank, in milliseconds. */
        private static double percentile(List<Long> sorted, double q) {
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1)) / 1e6;
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("n", n);
            json.put("minMs", round(min));
            json.put("p50Ms", round(p50));
            json.put("p90Ms", round(p90));
            json.put("p99Ms", round(p99));
            json.put("maxMs", round(max));
            return json;
        }
    }

    /** N reminders written in one transaction, all for one clinic id, which tells them apart in the table. */
    private record Burst(String channel, UUID clinic, List<UUID> ids, int providerBefore, Instant committedAt) {

        private record Result(int n, Instant from, List<Instant> sentAt, Instant allSentSeen, Map<String, Object> cpu,
                Map<String, Object> checks, Map<String, Object> db) {

            double spanSeconds() {
                return Duration.between(sentAt.getFirst(), sentAt.getLast()).toNanos() / 1e9;
            }

            /** N / (last sent_at − first sent_at). */
            double rate() {
                return n / spanSeconds();
            }

            /** Between the 10th and the 90th percentile of sent_at: without the start and the tail of the burst. */
            double steadyRate() {
                int first = n / 10;
                int last = n * 9 / 10;
                return (last - first) / (Duration.between(sentAt.get(first), sentAt.get(last)).toNanos() / 1e9);
            }

            double startToAllSeenSeconds() {
                return Duration.between(from, allSentSeen).toMillis() / 1000.0;
            }

            /** The longest pause between two consecutive sends. */
            double longestGapMs() {
                long longest = 0;
                for (int i = 1; i < sentAt.size(); i++) {
                    longest = Math.max(longest, Duration.between(sentAt.get(i - 1), sentAt.get(i)).toNanos());
                }
                return longest / 1e6;
            }

            Map<String, Object> toJson(String fromWhat) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("reminders", n);
                json.put("perSecond", round(rate()));
                json.put("perSecondBetween10thAnd90thPercentile", round(steadyRate()));
                json.put("firstToLastSentAtSeconds", round(spanSeconds()));
                json.put(fromWhat + "ToAllSentSeenSeconds", round(startToAllSeenSeconds()));
                json.put(fromWhat + "ToFirstSentAtSeconds", round(Duration.between(from, sentAt.getFirst()).toMillis() / 1000.0));
                json.put("longestGapBetweenSendsMs", round(longestGapMs()));
                json.put("cpuSeconds", cpu);
                json.put("exactlyOnce", checks);
                json.put("database", db);
                return json;
            }
        }
    }

    private record Dispatch(String label, String description, String channel, List<String> extraArguments,
            Duration startup, Burst.Result cold, Burst.Result warm, Map<String, Object> serviceMetrics, long rssMib) {

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("label", label);
            json.put("description", description);
            json.put("channel", channel);
            json.put("extraArguments", extraArguments);
            json.put("startupSeconds", round(startup.toMillis() / 1000.0));
            json.put("coldInstance", cold.toJson("ready"));
            json.put("warmInstance", warm.toJson("committed"));
            json.put("serviceMetricsBothBursts", serviceMetrics);
            json.put("notificationServiceRssMiB", rssMib);
            return json;
        }
    }

    private record Confirmations(String label, String description, List<String> extraArguments, int bookings,
            double offeredPerSecond, Stats fromBookedAt, Stats from201, Stats request, Stats toPlanned,
            Stats plannedToAccepted, Stats acceptedToSentAt, long extraMessages, Cpu cpuBefore, Cpu cpuAfter) {

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("label", label);
            json.put("description", description);
            json.put("extraArguments", extraArguments);
            json.put("bookings", bookings);
            json.put("offeredPerSecond", round(offeredPerSecond));
            json.put("fromBookedAtToSmtpAccepted", fromBookedAt.toJson());
            json.put("fromHttp201ToSmtpAccepted", from201.toJson());
            json.put("fromBookedAtToConfirmationRowCreated", toPlanned.toJson());
            json.put("fromConfirmationRowCreatedToSmtpAccepted", plannedToAccepted.toJson());
            json.put("fromSmtpAcceptedToSentAtRecorded", acceptedToSentAt.toJson());
            json.put("postSessionsRoundTrip", request.toJson());
            json.put("smtpMessagesBeyondOnePerBooking", extraMessages);
            json.put("cpuSecondsDuringMeasuredBookings", cpuAfter.minus(cpuBefore));
            return json;
        }
    }

    /**
     * CPU time used so far by notification-service, this JVM (the load generator, Kafka broker, WireMock and
     * GreenMail), the PostgreSQL processes and the whole machine, from the kernel's accounting.
     */
    private record Cpu(double service, double benchmarkJvm, Map<Long, Double> postgres, double machineBusy,
            double machineTotal) {

        static Cpu sample(ServiceProcess service, int postgresPort) {
            double serviceCpu = ProcessHandle.current().children()
                    .filter(p -> p.info().commandLine().orElse("").contains("--server.port=" + service.httpPort()))
                    .findFirst().map(Cpu::cpuOf).orElse(Double.NaN);
            Map<Long, Double> postgres = new HashMap<>();
            Pattern ourServer = Pattern.compile("postgres.*-p\\s+" + postgresPort + "(\\s|$)");
            ProcessHandle.allProcesses()
                    .filter(p -> ourServer.matcher(p.info().commandLine().orElse("")).find())
                    .forEach(postmaster -> {
                        postgres.put(postmaster.pid(), cpuOf(postmaster));
                        postmaster.descendants().forEach(child -> postgres.put(child.pid(), cpuOf(child)));
                    });
            double[] machine = machine();
            return new Cpu(serviceCpu, cpuOf(ProcessHandle.current()), postgres, machine[0], machine[1]);
        }

        private static double cpuOf(ProcessHandle process) {
            return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        }

        /** [busy, total] seconds of all cores since boot, from /proc/stat (USER_HZ = 100 assumed). */
        private static double[] machine() {
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                double total = 0;
                for (int i = 1; i < fields.length; i++) {
                    total += Double.parseDouble(fields[i]);
                }
                double idle = Double.parseDouble(fields[4]) + Double.parseDouble(fields[5]);
                return new double[] { (total - idle) / 100, total / 100 };
            }
            catch (IOException | RuntimeException e) {
                return new double[] { Double.NaN, Double.NaN };
            }
        }

        Map<String, Object> minus(Cpu before) {
            double postgresDelta = postgres.entrySet().stream()
                    .mapToDouble(e -> e.getValue() - before.postgres.getOrDefault(e.getKey(), 0.0)).sum();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("notificationService", round(service - before.service));
            json.put("benchmarkJvmWithKafkaWireMockGreenMail", round(benchmarkJvm - before.benchmarkJvm));
            json.put("postgresServerProcesses", round(postgresDelta));
            json.put("machineBusy", round(machineBusy - before.machineBusy));
            json.put("machineElapsedAllCores", round(machineTotal - before.machineTotal));
            return json;
        }
    }

    private static double round(double value) {
        return Double.isNaN(value) ? -1 : Math.round(value * 100) / 100.0;
    }

    /**
     * The SMS provider's side of the count: every POST to /sms by Idempotency-Key, and the status queries (which
     * only a send left in doubt causes).
     */
    private static final class SmsProvider implements ServeEventListener {

        private final Map<String, Integer> perKey = new ConcurrentHashMap<>();
        private final AtomicInteger total = new AtomicInteger();
        private final AtomicInteger statusQueries = new AtomicInteger();

        @Override
        public String getName() {
            return "counting-sms-provider";
        }

        @Override
        public void afterMatch(ServeEvent event, Parameters parameters) {
            String method = event.getRequest().getMethod().getName();
            if (method.equals("POST") && event.getRequest().getUrl().equals("/sms")) {
                total.incrementAndGet();
                String key = event.getRequest().getHeader("Idempotency-Key");
                perKey.merge(key == null ? "" : key, 1, Integer::sum);
            }
            else if (method.equals("GET")) {
                statusQueries.incrementAndGet();
            }
        }

        Map<String, Integer> perKey() {
            return Map.copyOf(perKey);
        }

        int total() {
            return total.get();
        }

        int statusQueries() {
            return statusQueries.get();
        }

        @Override
        public boolean applyGlobally() {
            return true;
        }
    }
}
