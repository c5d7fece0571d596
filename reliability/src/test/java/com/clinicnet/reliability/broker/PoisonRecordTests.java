package com.clinicnet.reliability.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import com.clinicnet.reliability.ClinicNetUnderFire;
import com.clinicnet.reliability.Faults;
import com.clinicnet.reliability.ReliabilityReport;
import com.clinicnet.reliability.Scale;
import com.clinicnet.reliability.ScenarioOutcome;
import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.events.EventType;
import com.clinicnet.events.FollowUpDueV1;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.events.Topics;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.PrometheusText;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scenario 5: poison and hostile records on every topic a service consumes (as each service's application.yml binds
 * it; a topic both booking-service and notification-service consume counts once per service). On each topic, under
 * one key, a round puts five hostile records and then one valid event:
 * <ul>
 * <li>invalid JSON under a known type;</li>
 * <li>a valid body under an event type nobody knows;</li>
 * <li>a valid body under a future version of a known type ({@code .v99});</li>
 * <li>a known type with a required field (the subject's id) missing;</li>
 * <li>a record as large as the topic takes (the broker's default limit, ~1 MB): JSON of a known type padded with an
 * unknown field, without the event's fields.</li>
 * </ul>
 * docs/architecture.md says consumers that cannot read a record send it to {@code <topic>.dlq} and go on; it says nowhere that
 * unknown types are skipped, and {@code UnreadableEventException} names unknown types and versions among the unreadable.
 * So all five are expected on the dead-letter topic: a future version dead-lettered is kept for a replay once the
 * consumer knows it, where a skip would lose it for good.
 *
 * <p>Asserted for each (topic, consuming service): each hostile record is on {@code <topic>.dlq} exactly once from
 * that service (matched by key and by the record's test header naming its kind; the service is told by the
 * dead letter's stack trace, which runs through the service's own listener, since both services share the topic's
 * DLQ), that service's {@code clinicnet_dead_letters_total{topic}} rose by the number of records sent, and the
 * valid event published after the poison on the same key (so on the same partition, behind it) took effect: a row
 * in the service's read model, or a planned notification.
 *
 * <p>The outcome row: expected = hostile records times the services consuming their topic; delivered = those on the
 * DLQ from that service, as far as the service's counter also counted them; lost = expected - delivered (a record
 * missing from the DLQ is lost even when the counter moved, since the counter then overstates); doubled = valid
 * events after the poison that did not take effect, or took effect twice, per consuming service.
 */
class PoisonRecordTests {

    private static final String SCENARIO = "5. poison and hostile records";
    private static final String FAULTS = "invalid JSON, unknown type, future version, missing field, 1 MB record";
    private static final Duration SETTLES_WITHIN = Duration.ofSeconds(60);
    /** The header telling the test which kind of hostile record this is; a dead letter keeps the record's headers. */
    private static final String KIND = "x-reliability-poison";
    private static final String STACKTRACE = "x-exception-stacktrace";
    /** What the broker takes by default (message.max.bytes); the record's key, headers and batch need a little. */
    private static final int TOPIC_LIMIT = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ClinicNetUnderFire system = ClinicNetUnderFire.get();
    private final Scale scale = Scale.current();

    @Test
    void every_hostile_record_on_every_consumed_topic_is_dead_lettered_counted_and_the_consumer_goes_on() {
        // given every topic the services consume, each with the services that consume it
        Map<String, List<ServiceProcess>> consumed = consumedTopics();
        assertThat(consumed.keySet()).as("the topics this scenario knows how to poison")
                .containsExactlyInAnyOrderElementsOf(Subject.TOPICS);
        int rounds = scale.of(1, 4);
        Map<Consumption, Double> countedBefore = deadLetterCounts(consumed);

        // when each topic gets, per round and under one key, every kind of hostile record and then a valid event
        List<Subject> subjects = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String topic : consumed.keySet()) {
                Subject subject = Subject.fresh(topic);
                for (Hostile kind : Hostile.values()) {
                    PublishedEvents.publishRaw(system.kafka.bootstrapServers(), topic, subject.key(),
                            kind.value(subject), kind.headers(subject));
                }
                PublishedEvents.publish(system.kafka.bootstrapServers(), subject.valid(), "/clinicnet/reliability");
                subjects.add(subject);
            }
        }

        // then each consumer applies the valid event behind the poison, and dead-letters and counts each hostile record
        boolean settled = awaitQuietly(() -> subjects.stream().allMatch(subject -> consumed.get(subject.topic())
                .stream().allMatch(service -> effectsOf(subject, service) >= 1)))
                && awaitQuietly(() -> !deadLetterCopies(consumed, subjects).containsValue(0L));
        if (settled) {
            // a dead letter sent twice, or a valid event applied twice, would show in the duplicate window
            Faults.holdUntil(Instant.now().plus(Faults.DUPLICATE_WINDOW));
        }
        Map<Consumption, Long> counted = counted(consumed, countedBefore);
        Map<String, Long> copies = deadLetterCopies(consumed, subjects);
        Set<String> missing = withCopies(copies, count -> count == 0);
        Set<String> duplicated = withCopies(copies, count -> count > 1);
        long doubled = subjects.stream().mapToLong(subject -> consumed.get(subject.topic()).stream()
                .filter(service -> effectsOf(subject, service) != 1).count()).sum();

        Map<Consumption, Long> sent = sent(consumed, rounds);
        long expected = sent.values().stream().mapToLong(Long::longValue).sum();
        long delivered = sent.keySet().stream().mapToLong(consumption -> Math.min(
                sent.get(consumption) - missing.stream().filter(m -> m.startsWith(consumption + " ")).count(),
                counted.get(consumption))).sum();
        ScenarioOutcome outcome = new ScenarioOutcome(SCENARIO, (rounds * Hostile.values().length * consumed.size())
                + " hostile records on " + consumed.size() + " topics (" + sent.size() + " consumers)", FAULTS,
                expected, delivered, expected - delivered, doubled);
        ReliabilityReport.record(outcome);

        assertThat(missing).as("hostile records not on the dead-letter topic (topic service key kind)").isEmpty();
        assertThat(duplicated).as("hostile records dead-lettered more than once (topic service key kind)").isEmpty();
        assertThat(counted).as("dead letters counted per consumer").isEqualTo(sent);
        assertThat(doubled).as("valid events behind the poison not applied exactly once").isZero();
        assertThat(settled).isTrue();
        assertThat(outcome.lost()).isZero();
    }

    /** Every topic bound by a consumer in a service's application.yml, with the services consuming it. */
    private Map<String, List<ServiceProcess>> consumedTopics() {
        Map<String, List<ServiceProcess>> consumed = new LinkedHashMap<>();
        for (ServiceProcess service : List.of(system.therapistService, system.bookingService,
                system.notificationService)) {
            for (String topic : destinationsIn(service.name())) {
                consumed.computeIfAbsent(topic, any -> new ArrayList<>()).add(service);
            }
        }
        return consumed;
    }

    private static Set<String> destinationsIn(String service) {
        Path yml = Path.of(System.getProperty("clinicnet.services.dir", "..")).resolve(service)
                .resolve("src/main/resources/application.yml");
        try {
            Matcher destination = Pattern.compile("^\\s+destination:\\s*(\\S+)\\s*$", Pattern.MULTILINE)
                    .matcher(Files.readString(yml));
            Set<String> topics = new LinkedHashSet<>();
            while (destination.find()) {
                topics.add(destination.group(1));
            }
            return topics;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times the valid event behind the poison took effect at this service. */
    private long effectsOf(Subject subject, ServiceProcess service) {
        return system.count(service, subject.effectAt(service.name()), subject.effectParameter());
    }

    /**
     * How many copies of each hostile record its consumers sent to the topic's DLQ, by "topic service key kind":
     * one each is expected.
     */
    private Map<String, Long> deadLetterCopies(Map<String, List<ServiceProcess>> consumed, List<Subject> subjects) {
        Map<String, Long> copies = new LinkedHashMap<>();
        for (String topic : consumed.keySet()) {
            List<ConsumerRecord<String, String>> deadLetters = TopicRecords.all(system.kafka.bootstrapServers(),
                    Topics.deadLetterOf(topic));
            for (Subject subject : subjects.stream().filter(s -> s.topic().equals(topic)).toList()) {
                for (ServiceProcess service : consumed.get(topic)) {
                    for (Hostile kind : Hostile.values()) {
                        copies.put(new Consumption(topic, service.name()) + " " + subject.key() + " " + kind,
                                deadLetters.stream().filter(record -> subject.key().equals(record.key()))
                                        .filter(record -> TopicRecords.header(record, KIND).orElse("")
                                                .equals(kind.name()))
                                        .filter(record -> deadLetteredBy(record, service)).count());
                    }
                }
            }
        }
        return copies;
    }

    private static Set<String> withCopies(Map<String, Long> copies, LongPredicate count) {
        return copies.entrySet().stream().filter(entry -> count.test(entry.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Both services dead-letter a shared topic's records to the same {@code <topic>.dlq}: the stack trace the binder
     * attaches runs through the listener of the service that refused the record.
     */
    private static boolean deadLetteredBy(ConsumerRecord<String, String> record, ServiceProcess service) {
        String basePackage = "com.clinicnet." + service.name().replace("-service", "") + ".";
        return TopicRecords.header(record, STACKTRACE).orElse("").contains(basePackage);
    }

    private Map<Consumption, Double> deadLetterCounts(Map<String, List<ServiceProcess>> consumed) {
        Map<Consumption, Double> counts = new LinkedHashMap<>();
        Map<ServiceProcess, String> metrics = new LinkedHashMap<>();
        consumed.forEach((topic, services) -> services.forEach(service -> counts.put(
                new Consumption(topic, service.name()), PrometheusText.valueOf(metrics.computeIfAbsent(service,
                        PoisonRecordTests::metricsOf), deadLettersOf(topic, service.name())))));
        return counts;
    }

    private Map<Consumption, Long> counted(Map<String, List<ServiceProcess>> consumed,
            Map<Consumption, Double> before) {
        Map<Consumption, Double> after = deadLetterCounts(consumed);
        return after.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> Math.round(entry.getValue() - before.get(entry.getKey())), (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<Consumption, Long> sent(Map<String, List<ServiceProcess>> consumed, int rounds) {
        Map<Consumption, Long> sent = new LinkedHashMap<>();
        consumed.forEach((topic, services) -> services.forEach(service -> sent.put(
                new Consumption(topic, service.name()), (long) rounds * Hostile.values().length)));
        return sent;
    }

    private static String metricsOf(ServiceProcess service) {
        return ServiceClient.onPort(service.httpPort()).as(TestIdentityProvider.shared().ops())
                .getText("/actuator/prometheus");
    }

    private static String deadLettersOf(String topic, String service) {
        return "clinicnet_dead_letters_total{application=\"" + service + "\",topic=\"" + topic + "\"}";
    }

    /** Waits for the condition, and says whether it came: the outcome is recorded either way before it is asserted. */
    private static boolean awaitQuietly(BooleanSupplier condition) {
        try {
            await().atMost(SETTLES_WITHIN).pollInterval(Duration.ofSeconds(1)).until(condition::getAsBoolean);
            return true;
        }
        catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** A topic as one service consumes it. */
    private record Consumption(String topic, String service) {

        @Override
        public String toString() {
            return topic + " " + service;
        }
    }

    /** The kinds of hostile record, each under the subject's key and with the test header naming its kind. */
    private enum Hostile {

        INVALID_JSON {
            @Override
            byte[] value(Subject subject) {
                return "{\"eventId\": \"not even json".getBytes(StandardCharsets.UTF_8);
            }
        },
        UNKNOWN_TYPE {
            @Override
            String type(Subject subject) {
                return "clinicnet.reliability.SomethingNobodyPublishes.v1";
            }
        },
        FUTURE_VERSION {
            @Override
            String type(Subject subject) {
                return super.type(subject).replaceFirst("\\.v\\d+$", ".v99");
            }
        },
        MISSING_FIELD {
            @Override
            byte[] value(Subject subject) {
                ObjectNode event = JSON.valueToTree(subject.valid());
                event.remove(subject.subjectField());
                return JSON.writeValueAsBytes(event);
            }
        },
        ONE_MEGABYTE {
            @Override
            byte[] value(Subject subject) {
                ObjectNode event = JSON.createObjectNode();
                event.put("eventId", UUID.randomUUID().toString());
                event.put("occurredAt", Instant.now().toString());
                event.put("padding", "");
                int room = TOPIC_LIMIT - 1024 - JSON.writeValueAsBytes(event).length;
                event.put("padding", "x".repeat(room));
                return JSON.writeValueAsBytes(event);
            }
        };

        /** A valid body by default. */
        byte[] value(Subject subject) {
            return JSON.writeValueAsBytes(subject.valid());
        }

        /** The valid event's type by default. */
        String type(Subject subject) {
            return EventType.of(subject.valid()).typeName();
        }

        Map<String, String> headers(Subject subject) {
            return Map.of(CloudEventHeaders.TYPE, type(subject), CloudEventHeaders.ID, UUID.randomUUID().toString(),
                    CloudEventHeaders.SOURCE, "/clinicnet/reliability", CloudEventHeaders.SUBJECT, subject.key(),
                    CloudEventHeaders.TIME, Instant.now().toString(), KIND, name());
        }
    }

    /**
     * What a round poisons on one topic: the key, the valid event published behind the poison, and where each
     * consuming service shows that it applied it (a query counting rows, with the one parameter).
     */
    private record Subject(String topic, String key, String subjectField, ClinicNetEvent valid,
            Map<String, String> effects, Object effectParameter) {

        static final List<String> TOPICS = List.of(Topics.CLINIC_DIRECTORY, Topics.THERAPIST_PROFILES,
                Topics.SPECIALTY_CATALOG, Topics.CLIENT_CONTACTS, Topics.BOOKING_SESSIONS, Topics.BOOKING_PLANS);
        private static final String BOOKING = "booking-service";
        private static final String NOTIFICATION = "notification-service";
        private static final String ZONE = "Europe/Lisbon";

        String effectAt(String service) {
            return effects.get(service);
        }

        static Subject fresh(String topic) {
            UUID id = UUID.randomUUID();
            Instant now = Instant.now();
            return switch (topic) {
                case Topics.CLINIC_DIRECTORY -> new Subject(topic, id.toString(), "clinicId",
                        DirectoryEvents.clinic(id, "Poisonville", ZONE, 1, 10, 1),
                        Map.of(BOOKING, "SELECT count(*) FROM clinic_view WHERE id = ?",
                                NOTIFICATION, "SELECT count(*) FROM clinic WHERE id = ?"), id);
                case Topics.THERAPIST_PROFILES -> new Subject(topic, id.toString(), "therapistId",
                        DirectoryEvents.allDayTherapist(id, UUID.randomUUID(), "LOWER_BACK", 1, 1),
                        Map.of(BOOKING, "SELECT count(*) FROM therapist_view WHERE id = ?",
                                NOTIFICATION, "SELECT count(*) FROM therapist WHERE id = ?"), id);
                case Topics.SPECIALTY_CATALOG -> {
                    String code = "POISON_TEST_" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
                    yield new Subject(topic, code, "code", new SpecialtyDescribedV1(UUID.randomUUID(), now, code,
                            "Poison test", List.of("POISON_TEST_CONCERN")),
                            Map.of(BOOKING, "SELECT count(*) FROM concern_specialty WHERE specialty_code = ?"), code);
                }
                case Topics.CLIENT_CONTACTS -> new Subject(topic, id.toString(), "clientId",
                        new ClientContactUpdatedV2(UUID.randomUUID(), now, id, "Poison Client",
                                id + "@poison.example.org", null, ZONE, "en", "EMAIL", null, null, false, 1),
                        Map.of(NOTIFICATION, "SELECT count(*) FROM contact WHERE client_id = ?"), id);
                case Topics.BOOKING_SESSIONS -> {
                    Instant startsAt = now.plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
                    SessionBookedV1 booked = new SessionBookedV1(UUID.randomUUID(), now, id, UUID.randomUUID(),
                            UUID.randomUUID(), UUID.randomUUID(), 1, startsAt, startsAt.plus(60, ChronoUnit.MINUTES),
                            ZONE, 60, 1);
                    yield new Subject(topic, id.toString(), "sessionId", booked, Map.of(NOTIFICATION,
                            "SELECT count(*) FROM notification WHERE source_event_id = ? AND kind = 'CONFIRMATION'"),
                            booked.eventId());
                }
                case Topics.BOOKING_PLANS -> {
                    FollowUpDueV1 due = new FollowUpDueV1(UUID.randomUUID(), now, id, UUID.randomUUID(),
                            UUID.randomUUID(), UUID.randomUUID(), LocalDate.now().plusDays(3), 2, 6, ZONE);
                    yield new Subject(topic, id.toString(), "planId", due, Map.of(NOTIFICATION,
                            "SELECT count(*) FROM notification WHERE source_event_id = ? AND kind = 'FOLLOW_UP'"),
                            due.eventId());
                }
                default -> throw new IllegalArgumentException("No valid event known for " + topic
                        + ": teach this scenario how to poison it");
            };
        }
    }
}
