package com.clinicnet.benchmarks.baseline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.clinicnet.benchmarks.report.Latencies;
import com.clinicnet.events.SessionBookedV1;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the Kafka broker alone allows: records of the size of a SessionBooked event, produced as booking-service's
 * outbox produces them (acks=all, idempotent), to a topic of the same partition count as {@code booking.sessions}.
 * Measured twice: as fast as one producer pipelines them (records acknowledged per second), and one record at a time
 * waiting for each acknowledgement (the latency a single event cannot go below).
 */
public final class RawProduceRate {

    private static final String TOPIC = "benchmark.raw-produce";
    private static final int PARTITIONS = 3;
    private static final short REPLICAS = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrapServers;
    private final byte[] value = sessionBookedSizedValue();

    public RawProduceRate(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The bytes of a SessionBooked event as the outbox writes it: the record size measured against. */
    static byte[] sessionBookedSizedValue() {
        SessionBookedV1 example = new SessionBookedV1(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, Instant.now(),
                Instant.now().plusSeconds(3600), "Europe/Lisbon", 60, 1);
        return JSON.writeValueAsBytes(example);
    }

    public int recordBytes() {
        return value.length;
    }

    public Pipelined pipelined(int records) throws Exception {
        createTopic();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, records / 10);
            long begin = System.nanoTime();
            send(producer, records);
            double seconds = (System.nanoTime() - begin) / 1e9;
            return new Pipelined(records, records / seconds);
        }
    }

    public Latencies oneAtATime(int records) throws Exception {
        createTopic();
        Latencies latencies = new Latencies();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < records; i++) {
                long started = System.nanoTime();
                producer.send(record(i)).get();
                latencies.add(Duration.ofNanos(System.nanoTime() - started));
            }
        }
        return latencies;
    }

    private void send(KafkaProducer<String, byte[]> producer, int records) throws Exception {
        List<Future<?>> acknowledged = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            acknowledged.add(producer.send(record(i)));
        }
        for (Future<?> ack : acknowledged) {
            ack.get();
        }
    }

    private ProducerRecord<String, byte[]> record(int i) {
        return new ProducerRecord<>(TOPIC, "session-" + i, value);
    }

    private void createTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, REPLICAS))).all().get();
            }
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    public record Pipelined(int records, double perSecond) {
    }
}
