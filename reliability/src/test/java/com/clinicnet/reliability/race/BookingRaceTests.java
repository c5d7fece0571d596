package com.clinicnet.reliability.race;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import com.clinicnet.reliability.Clients;
import com.clinicnet.reliability.ClinicNetUnderFire;
import com.clinicnet.reliability.OpenClinic;
import com.clinicnet.reliability.ReliabilityReport;
import com.clinicnet.reliability.Scale;
import com.clinicnet.reliability.ScenarioOutcome;
import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenario 6: booking races under load. Clients of one clinic with three therapists and only two treatment rooms
 * (rooms run out before therapists) book, cancel and reschedule, all at once, over the same few popular hours, for
 * the scenario's time; now and then a client changes one session from two phones at once (a cancellation and a
 * reschedule side by side). Every answer is recorded. Then the database and the {@code booking.sessions} topic are
 * held against the answers:
 * <ul>
 * <li>every answer is 201/200 or a refusal (409/422): never a 500 or another status;</li>
 * <li>no two booked sessions of a therapist overlap, nor of a room, buffer included; at no instant are more
 * sessions booked in the clinic than it has rooms;</li>
 * <li>every 201 is a row of its client; there are no other rows (a refused booking left none), and the audit trail
 * holds one entry per successful booking, cancellation and reschedule and none for a refusal;</li>
 * <li>each session's version is one more than its successful changes, and its status and start are those of its
 * last successful change;</li>
 * <li>each session's SessionBooked, SessionRescheduled and SessionCancelled events (copies of one event, by
 * {@code ce_id}, count once: the outbox may send one twice) are, version by version, its successful answers in the
 * order they happened (two answers given side by side may be in either order), with the start each answer gave.</li>
 * </ul>
 * The outcome row: expected = successful answers (201 and 200); delivered = those whose row and event match;
 * lost = expected - delivered; doubled = overlapping sessions (therapist, room, or more than the clinic's rooms) plus
 * events without a successful answer.
 */
class BookingRaceTests {

    private static final String SCENARIO = "6. booking races";
    private static final String FAULTS = "concurrent requests on the same therapists and rooms";
    private static final int THERAPISTS = 3;
    private static final int ROOMS = 2;
    private static final List<Integer> DURATIONS = List.of(30, 60, 90);
    private static final Set<Integer> REFUSALS = Set.of(409, 422);
    private static final String BOOKED = "clinicnet.booking.SessionBooked.v1";
    private static final String RESCHEDULED = "clinicnet.booking.SessionRescheduled.v1";
    private static final String CANCELLED = "clinicnet.booking.SessionCancelled.v2";
    private static final Duration PUBLISHED_WITHIN = Duration.ofMinutes(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ClinicNetUnderFire system = ClinicNetUnderFire.get();
    private final Scale scale = Scale.current();

    @Test
    void clients_racing_for_the_same_therapists_and_rooms_never_double_book_and_every_answer_matches_the_row_and_the_events()
            throws Exception {
        // given a popular clinic: three therapists, two rooms, and the same few hours everybody wants
        int clientCount = scale.of(20, 50);
        Duration racing = scale.of(Duration.ofSeconds(15), Duration.ofSeconds(60));
        OpenClinic clinic = OpenClinic.open(system, "Race clinic " + UUID.randomUUID(), THERAPISTS, ROOMS);
        List<UUID> clients = Clients.register(system, SCENARIO, clientCount);
        List<ZonedDateTime> popular = popularStarts(clinic);
        long seed = System.nanoTime();
        System.out.printf("[reliability] %s: seed %d%n", SCENARIO, seed);

        // when they all book, cancel and reschedule at once until the time is up
        Collection<Answer> answers = new ConcurrentLinkedQueue<>();
        Instant end = Instant.now().plus(racing);
        try (ExecutorService phones = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> racers = IntStream.range(0, clients.size()).<Future<?>>mapToObj(n -> phones.submit(() -> {
                new RacingClient(clients.get(n), clinic, popular, new Random(seed + n), answers, phones).raceUntil(end);
                return null;
            })).toList();
            for (Future<?> racer : racers) {
                racer.get();
            }
        }

        // then every answer is a success or a refusal, and the database and the topic agree with the successes
        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Answer::status,
                Collectors.counting()));
        List<Answer> unexpected = answers.stream().filter(a -> !a.succeeded() && !REFUSALS.contains(a.status()))
                .toList();
        List<Answer> successes = answers.stream().filter(Answer::succeeded).toList();
        Map<UUID, SessionRow> rows = sessionRows(clinic);
        Map<UUID, List<SessionEvent>> events = awaitEventsOf(rows);

        long overlaps = count("""
                SELECT count(*) FROM session a JOIN session b ON a.id < b.id AND a.clinic_id = b.clinic_id
                 AND (a.therapist_id = b.therapist_id OR a.room = b.room)
                 AND tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until)
                WHERE a.clinic_id = ? AND a.status = 'BOOKED' AND b.status = 'BOOKED'
                """, clinic.id());
        long overbooked = count("""
                SELECT count(*) FROM session a WHERE a.clinic_id = ? AND a.status = 'BOOKED' AND (a.room > ?
                 OR (SELECT count(*) FROM session b WHERE b.clinic_id = a.clinic_id AND b.status = 'BOOKED'
                      AND tstzrange(b.starts_at, b.blocked_until) @> a.starts_at) > ?)
                """, clinic.id(), ROOMS, ROOMS);
        Reconciliation reconciled = Reconciliation.of(successes, rows, events);
        Map<String, Long> audited = audit(clinic);

        ScenarioOutcome outcome = new ScenarioOutcome(SCENARIO, clientCount + " clients for " + racing.toSeconds()
                + " s: " + countOf(answers, Kind.BOOK) + " bookings, " + countOf(answers, Kind.CANCEL)
                + " cancellations, " + countOf(answers, Kind.RESCHEDULE) + " reschedules attempted", FAULTS,
                successes.size(), reconciled.delivered(), successes.size() - reconciled.delivered(),
                overlaps + overbooked + reconciled.eventsWithoutAnswer());
        ReliabilityReport.record(outcome);
        System.out.printf("[reliability] %s: answers by status %s%n", SCENARIO, byStatus);

        assertThat(unexpected).as("answers that are neither a success nor a refusal").isEmpty();
        assertThat(overlaps).as("booked sessions overlapping on a therapist or a room").isZero();
        assertThat(overbooked).as("booked sessions beyond the clinic's " + ROOMS + " rooms").isZero();
        assertThat(rows.keySet()).as("rows of the clinic: one per 201, no other")
                .containsExactlyInAnyOrderElementsOf(successes.stream().filter(a -> a.kind() == Kind.BOOK)
                        .map(Answer::session).toList());
        assertThat(successes.stream().filter(a -> a.kind() == Kind.BOOK))
                .allSatisfy(booked -> assertThat(rows.get(booked.session()).client()).isEqualTo(booked.client()));
        assertThat(audited).as("audit entries: one per success, none for a refusal").isEqualTo(Map.of(
                "SESSION_BOOKED", countOf(successes, Kind.BOOK), "SESSION_CANCELLED", countOf(successes, Kind.CANCEL),
                "SESSION_RESCHEDULED", countOf(successes, Kind.RESCHEDULE)).entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(reconciled.mismatches()).as("sessions whose row or events do not match the answers").isEmpty();
        assertThat(outcome.lost()).isZero();
        assertThat(outcome.doubled()).isZero();
        assertThat(successes).as("some requests won their race").isNotEmpty();
    }

    /** Starts on the quarter hour from 09:00 to 12:45 on two days: everybody wants a morning. */
    private static List<ZonedDateTime> popularStarts(OpenClinic clinic) {
        List<ZonedDateTime> starts = new ArrayList<>();
        for (int day = 2; day <= 3; day++) {
            LocalDate date = LocalDate.now(clinic.zone()).plusDays(day);
            for (LocalTime start = LocalTime.of(9, 0); start.isBefore(LocalTime.of(13, 0)); start = start.plusMinutes(15)) {
                starts.add(date.atTime(start).atZone(clinic.zone()));
            }
        }
        return starts;
    }

    private static long countOf(Collection<Answer> answers, Kind kind) {
        return answers.stream().filter(answer -> answer.kind() == kind).count();
    }

    private long count(String sql, Object... parameters) {
        return system.count(system.bookingService, sql, parameters);
    }

    private Map<UUID, SessionRow> sessionRows(OpenClinic clinic) {
        return system.rows(system.bookingService, """
                        SELECT id, client_id, starts_at, status, version FROM session WHERE clinic_id = ?
                        """, clinic.id()).stream()
                .map(row -> new SessionRow((UUID) row.get("id"), (UUID) row.get("client_id"),
                        ((java.sql.Timestamp) row.get("starts_at")).toInstant(), (String) row.get("status"),
                        ((Number) row.get("version")).longValue()))
                .collect(Collectors.toMap(SessionRow::id, row -> row));
    }

    private Map<String, Long> audit(OpenClinic clinic) {
        return system.rows(system.bookingService, """
                        SELECT a.action, count(*) AS entries FROM audit_entry a JOIN session s ON s.id = a.object_id
                        WHERE s.clinic_id = ? GROUP BY a.action
                        """, clinic.id()).stream()
                .collect(Collectors.toMap(row -> (String) row.get("action"),
                        row -> ((Number) row.get("entries")).longValue()));
    }

    /**
     * The session events of the clinic's sessions, one per {@code ce_id}, once the outbox has published every
     * version the rows have reached (or the time is up: what is missing is then reported, not waited for).
     */
    private Map<UUID, List<SessionEvent>> awaitEventsOf(Map<UUID, SessionRow> rows) {
        Supplier<Map<UUID, List<SessionEvent>>> read = () -> sessionEvents(rows.keySet());
        try {
            return org.awaitility.Awaitility.await().atMost(PUBLISHED_WITHIN).pollInterval(Duration.ofSeconds(2))
                    .until(read::get, events -> rows.values().stream().allMatch(row -> events
                            .getOrDefault(row.id(), List.of()).stream().mapToLong(SessionEvent::version).max()
                            .orElse(0) >= row.version()));
        }
        catch (ConditionTimeoutException e) {
            return read.get();
        }
    }

    private Map<UUID, List<SessionEvent>> sessionEvents(Set<UUID> sessions) {
        Set<String> keys = sessions.stream().map(UUID::toString).collect(Collectors.toSet());
        Map<String, SessionEvent> byEventId = new HashMap<>();
        for (ConsumerRecord<String, String> record : TopicRecords.all(system.kafka.bootstrapServers(),
                Topics.BOOKING_SESSIONS)) {
            String type = TopicRecords.header(record, CloudEventHeaders.TYPE).orElse("");
            if (keys.contains(record.key()) && Set.of(BOOKED, RESCHEDULED, CANCELLED).contains(type)) {
                JsonNode body = JSON.readTree(record.value());
                byEventId.putIfAbsent(TopicRecords.header(record, CloudEventHeaders.ID).orElseThrow(),
                        new SessionEvent(UUID.fromString(record.key()), type, body.path("version").asLong(),
                                Instant.parse(body.path("startsAt").asString())));
            }
        }
        return byEventId.values().stream().collect(Collectors.groupingBy(SessionEvent::session));
    }

    /** What a client asked for. */
    enum Kind {
        BOOK, CANCEL, RESCHEDULE
    }

    /**
     * One answer as the client saw it: when it was asked and answered, and for a success the session's status and
     * start as answered. A transport failure (no answer) has status -1.
     */
    record Answer(Kind kind, UUID client, UUID session, int status, Instant asked, Instant answered, String state,
            Instant startsAt, String detail) {

        boolean succeeded() {
            return status == 201 || status == 200;
        }

        String eventType() {
            return switch (kind) {
                case BOOK -> BOOKED;
                case CANCEL -> CANCELLED;
                case RESCHEDULE -> RESCHEDULED;
            };
        }
    }

    record SessionRow(UUID id, UUID client, Instant startsAt, String status, long version) {
    }

    record SessionEvent(UUID session, String type, long version, Instant startsAt) {
    }

    /**
     * A client of the popular clinic, on their phone (now and then on two): books a popular hour, cancels or moves
     * one of their sessions, and notes every answer.
     */
    private final class RacingClient {

        private final UUID id;
        private final OpenClinic clinic;
        private final List<ZonedDateTime> popular;
        private final Random random;
        private final Collection<Answer> answers;
        private final ExecutorService secondPhone;
        private final ServiceClient phone;
        private final List<UUID> booked = new ArrayList<>();

        RacingClient(UUID id, OpenClinic clinic, List<ZonedDateTime> popular, Random random,
                Collection<Answer> answers, ExecutorService secondPhone) {
            this.id = id;
            this.clinic = clinic;
            this.popular = popular;
            this.random = random;
            this.answers = answers;
            this.secondPhone = secondPhone;
            this.phone = ServiceClient.onPort(system.bookingService.httpPort())
                    .as(TestIdentityProvider.shared().client(id));
        }

        void raceUntil(Instant end) throws Exception {
            while (Instant.now().isBefore(end)) {
                double choice = random.nextDouble();
                if (booked.isEmpty() || choice < 0.5) {
                    book();
                }
                else if (choice < 0.7) {
                    cancel(mine());
                }
                else if (choice < 0.92) {
                    reschedule(mine(), anyPopularStart());
                }
                else {
                    fromTwoPhones(mine());
                }
            }
        }

        private void book() {
            Map<String, Object> request = Map.of("clientId", id.toString(),
                    "therapistId", clinic.therapists().get(random.nextInt(THERAPISTS)).toString(),
                    "clinicId", clinic.id().toString(), "startsAt", anyPopularStart().toString(),
                    "durationMinutes", DURATIONS.get(random.nextInt(DURATIONS.size())));
            Answer answer = ask(Kind.BOOK, null, () -> phone.post("/sessions", request));
            if (answer.status() == 201) {
                booked.add(answer.session());
            }
        }

        private void cancel(UUID session) {
            if (ask(Kind.CANCEL, session, () -> phone.post("/sessions/" + session + "/cancel", Map.of()))
                    .status() == 200) {
                booked.remove(session);
            }
        }

        private void reschedule(UUID session, OffsetDateTime to) {
            ask(Kind.RESCHEDULE, session, () -> phone.post("/sessions/" + session + "/reschedule",
                    Map.of("startsAt", to.toString())));
        }

        /** A cancellation from one phone and a reschedule from the other, side by side. */
        private void fromTwoPhones(UUID session) throws Exception {
            OffsetDateTime to = anyPopularStart();
            Future<?> moved = secondPhone.submit(() -> reschedule(session, to));
            cancel(session);
            moved.get();
        }

        private UUID mine() {
            return booked.get(random.nextInt(booked.size()));
        }

        private OffsetDateTime anyPopularStart() {
            return popular.get(random.nextInt(popular.size())).toOffsetDateTime();
        }

        private Answer ask(Kind kind, UUID session, Supplier<HttpResponseBody> request) {
            Instant asked = Instant.now();
            Answer answer;
            try {
                HttpResponseBody response = request.get();
                boolean succeeded = response.status() == 200 || response.status() == 201;
                answer = new Answer(kind, id, succeeded ? UUID.fromString(response.text("id")) : session,
                        response.status(), asked, Instant.now(), succeeded ? response.text("status") : null,
                        succeeded ? OffsetDateTime.parse(response.text("startsAt")).toInstant() : null,
                        succeeded ? null : response.json().toString());
            }
            catch (RuntimeException noAnswer) {
                answer = new Answer(kind, id, session, -1, asked, Instant.now(), null, null, noAnswer.toString());
            }
            answers.add(answer);
            return answer;
        }
    }

    /**
     * The successful answers held against the rows and the events, session by session. Each version of a session
     * after the first must be a successful change whose answer could come at that point: one not yet matched, asked
     * after every unmatched change had been answered before it (so answers given one after the other keep their
     * order, and two given side by side may take either), of the event's type and, for a reschedule, with its start.
     */
    record Reconciliation(long delivered, long eventsWithoutAnswer, List<String> mismatches) {

        static Reconciliation of(List<Answer> successes, Map<UUID, SessionRow> rows,
                Map<UUID, List<SessionEvent>> events) {
            Map<UUID, List<Answer>> bySession = successes.stream()
                    .collect(Collectors.groupingBy(Answer::session));
            long delivered = 0;
            long withoutAnswer = 0;
            List<String> mismatches = new ArrayList<>();
            Set<UUID> sessions = new HashSet<>(bySession.keySet());
            sessions.addAll(events.keySet());
            for (UUID session : sessions) {
                SessionRow row = rows.get(session);
                List<Answer> answered = bySession.getOrDefault(session, List.of());
                List<SessionEvent> published = events.getOrDefault(session, List.of()).stream()
                        .sorted(Comparator.comparingLong(SessionEvent::version)).toList();
                Reconciled one = reconcile(row, answered, published);
                delivered += one.delivered();
                withoutAnswer += one.withoutAnswer();
                if (!one.problems().isEmpty()) {
                    mismatches.add(session + ": " + one.problems());
                }
            }
            return new Reconciliation(delivered, withoutAnswer, mismatches);
        }

        private static Reconciled reconcile(SessionRow row, List<Answer> answered, List<SessionEvent> published) {
            List<String> problems = new ArrayList<>();
            List<Answer> unmatched = new ArrayList<>(answered.stream()
                    .sorted(Comparator.comparing(Answer::asked)).toList());
            Map<Long, Answer> byVersion = new HashMap<>();
            long withoutAnswer = 0;
            Set<Long> versions = new HashSet<>();
            for (SessionEvent event : published) {
                if (!versions.add(event.version())) {
                    problems.add("two events of version " + event.version());
                    withoutAnswer++;
                    continue;
                }
                Answer answer = unmatched.stream().filter(candidate -> couldComeNext(candidate, unmatched))
                        .filter(candidate -> candidate.eventType().equals(event.type()))
                        .filter(candidate -> !candidate.eventType().equals(RESCHEDULED)
                                || Objects.equals(candidate.startsAt(), event.startsAt()))
                        .findFirst().orElse(null);
                if (answer == null || (answer.kind() == Kind.BOOK) != (event.version() == 1)) {
                    problems.add("version " + event.version() + " " + event.type() + " without a matching answer");
                    withoutAnswer++;
                    continue;
                }
                unmatched.remove(answer);
                byVersion.put(event.version(), answer);
            }
            unmatched.forEach(answer -> problems.add(answer.kind() + " answered " + answer.status()
                    + " at " + answer.answered() + " without an event"));
            long delivered = 0;
            if (row == null) {
                problems.add("no row");
            }
            else {
                SessionEvent last = published.isEmpty() ? null : published.getLast();
                boolean rowIsLast = last != null && row.version() == last.version()
                        && row.status().equals(last.type().equals(CANCELLED) ? "CANCELLED" : "BOOKED")
                        && row.startsAt().equals(last.startsAt());
                if (!rowIsLast) {
                    problems.add("row " + row + " is not the last event " + last);
                }
                delivered = byVersion.keySet().stream()
                        .filter(version -> version < row.version() || (version == row.version() && rowIsLast))
                        .count();
            }
            return new Reconciled(delivered, withoutAnswer, problems);
        }

        /** No other unmatched answer was given before this one was asked. */
        private static boolean couldComeNext(Answer candidate, List<Answer> unmatched) {
            return unmatched.stream().noneMatch(other -> other != candidate
                    && other.answered().isBefore(candidate.asked()));
        }

        private record Reconciled(long delivered, long withoutAnswer, List<String> problems) {
        }
    }
}
