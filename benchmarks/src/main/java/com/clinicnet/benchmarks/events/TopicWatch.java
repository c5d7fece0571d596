package com.clinicnet.benchmarks.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A consumer of its own on a topic that notes when each event of one type first arrived, by key: the moment the
 * event was on the topic, as any consumer could see it (the broker answers a waiting fetch as soon as a record is
 * appended).
 */
final class TopicWatch implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final String TYPE_HEADER = "ce_type";

    private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean watching = true;

    private TopicWatch(String bootstrapServers, String topic, String eventType) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        poller = Thread.ofPlatform().name("topic-watch-" + topic).start(() -> poll(consumer, eventType));
    }

    static TopicWatch start(String bootstrapServers, String topic, String eventType) {
        return new TopicWatch(bootstrapServers, topic, eventType);
    }

    private void poll(KafkaConsumer<String, byte[]> consumer, String eventType) {
        try (consumer) {
            while (watching) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    Instant now = Instant.now();
                    Header type = record.headers().lastHeader(TYPE_HEADER);
                    if (type != null && new String(type.value(), StandardCharsets.UTF_8).contains(eventType)) {
                        firstSeen.putIfAbsent(record.key(), now);
                    }
                }
            }
        }
    }

    Map<String, Instant> firstSeen() {
        return Map.copyOf(firstSeen);
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        poller.join();
    }
}
