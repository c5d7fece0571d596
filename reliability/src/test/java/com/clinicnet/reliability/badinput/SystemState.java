package com.clinicnet.reliability.badinput;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.clinicnet.reliability.ClinicNetUnderFire;
import com.clinicnet.launcher.ServiceProcess;

/**
 * Everything a request could change, as one comparable value: for each table of the three services' databases, its
 * row count and a digest of its rows (an update shows as well as an insert); for each topic, the records ever
 * appended to it (its end offsets: compaction cannot hide a record from them).
 *
 * <p>Left out, because they change with no request at all:
 * <ul>
 * <li>{@code flyway_schema_history}: migrations only;</li>
 * <li>{@code event_publication}: the outbox, emptied in the background as the broker acknowledges; that a refused
 * request published nothing is checked where it matters, on the topics;</li>
 * <li>{@code received_event}: what consumers have read (their idempotency), which grows with events of earlier
 * scenarios, not with requests;</li>
 * <li>notification-service's {@code notification}: the dispatcher claims, sends and retries its rows on its own
 * timer; a row is only ever added by a consumed event, and events are checked on the topics.</li>
 * </ul>
 * Everything else is in, the idempotency keys of bookings ({@code idempotent_request}) and the audit trail
 * included: both are written by requests, and a refused booking must leave no key.
 */
record SystemState(Map<String, String> tables, Map<String, Long> topics) {

    static final Set<String> CHANGE_WITHOUT_REQUESTS = Set.of("flyway_schema_history", "event_publication",
            "event_publication_archive", "received_event", "notification-service.notification");
    private static final Duration QUIET = Duration.ofSeconds(1);

    static SystemState of(ClinicNetUnderFire system) {
        Map<String, String> tables = new TreeMap<>();
        for (ServiceProcess service : List.of(system.therapistService, system.bookingService,
                system.notificationService)) {
            tables.putAll(tablesOf(system, service));
        }
        return new SystemState(tables, topics(system.kafka.bootstrapServers()));
    }

    /**
     * The state once nothing moves any more: earlier scenarios' events consumed, their notifications sent. Taken
     * every {@link #QUIET} until three in a row agree.
     */
    static SystemState settled(ClinicNetUnderFire system) {
        AtomicReference<SystemState> last = new AtomicReference<>(of(system));
        AtomicInteger same = new AtomicInteger();
        await().pollDelay(QUIET).pollInterval(QUIET).atMost(Duration.ofMinutes(2)).until(() -> {
            SystemState now = of(system);
            same.set(now.equals(last.getAndSet(now)) ? same.get() + 1 : 0);
            return same.get() == 2;
        });
        return last.get();
    }

    /** What differs from an earlier state, one line per table or topic. */
    List<String> changesSince(SystemState before) {
        List<String> changes = new ArrayList<>();
        before.tables.forEach((table, digest) -> {
            if (!digest.equals(tables.get(table))) {
                changes.add("table " + table + ": " + digest + " -> " + tables.get(table));
            }
        });
        tables.keySet().stream().filter(table -> !before.tables.containsKey(table))
                .forEach(table -> changes.add("new table " + table));
        topics.forEach((topic, records) -> {
            long earlier = before.topics.getOrDefault(topic, 0L);
            if (records != earlier) {
                changes.add("topic " + topic + ": " + earlier + " -> " + records + " records");
            }
        });
        return changes;
    }

    private static Map<String, String> tablesOf(ClinicNetUnderFire system, ServiceProcess service) {
        Map<String, String> digests = new TreeMap<>();
        try (Connection db = system.database(service); Statement statement = db.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name""")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String table : names) {
                if (CHANGE_WITHOUT_REQUESTS.contains(table)
                        || CHANGE_WITHOUT_REQUESTS.contains(service.name() + "." + table)) {
                    continue;
                }
                try (ResultSet digest = statement.executeQuery("SELECT count(*) || ' rows, ' || "
                        + "coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM \"" + table + "\" t")) {
                    digest.next();
                    digests.put(service.name() + "." + table, digest.getString(1));
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return digests;
    }

    private static Map<String, Long> topics(String bootstrapServers) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "state-reader-" + UUID.randomUUID(),
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).values().stream()
                    .flatMap(List::stream)
                    .filter(partition -> !partition.topic().startsWith("__"))
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                    .toList();
            Map<String, Long> records = new TreeMap<>();
            consumer.endOffsets(partitions, Duration.ofSeconds(10))
                    .forEach((partition, end) -> records.merge(partition.topic(), end, Long::sum));
            return records;
        }
    }
}
