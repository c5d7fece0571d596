package com.clinicnet.booking.directory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Service;

import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.EventReader;
import com.clinicnet.platform.messaging.UnreadableEventException;

/**
 * Throws the directory read model away and rebuilds it from the beginning of the compacted topics, through the
 * same {@link DirectoryProjection#apply} the live consumer uses. For recovery after a bad deployment, and the proof
 * that the read model is a pure function of the topics.
 */
@Service
public class DirectoryRebuild {

    private static final Logger log = LoggerFactory.getLogger(DirectoryRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final List<String> TOPICS = List.of(Topics.CLINIC_DIRECTORY, Topics.THERAPIST_PROFILES,
            Topics.SPECIALTY_CATALOG);

    private final DirectoryProjection projection;
    private final EventReader reader;
    private final JdbcClient jdbc;
    private final String bootstrapServers;

    DirectoryRebuild(DirectoryProjection projection, EventReader reader, JdbcClient jdbc,
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        this.projection = projection;
        this.reader = reader;
        this.jdbc = jdbc;
        this.bootstrapServers = bootstrapServers;
    }

    /** Returns how many records were applied. */
    public int rebuild() {
        jdbc.sql("TRUNCATE clinic_view, therapist_view, concern_specialty CASCADE").update();
        int applied = 0;
        for (String topic : TOPICS) {
            applied += replay(topic);
        }
        log.info("Directory read model rebuilt from {} records", applied);
        return applied;
    }

    private int replay(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "booking-service-rebuild-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            int applied = 0;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    applied += applyQuietly(record);
                }
            }
            return applied;
        }
    }

    private int applyQuietly(ConsumerRecord<String, byte[]> record) {
        try {
            projection.apply(reader.read(asMessage(record)));
            return 1;
        }
        catch (UnreadableEventException e) {
            // the live consumer sent it to the dead-letter topic; a replay skips it the same way
            log.warn("Skipped unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset());
            return 0;
        }
    }

    private static Message<?> asMessage(ConsumerRecord<String, byte[]> record) {
        MessageBuilder<Object> message = MessageBuilder.withPayload(record.value() == null ? KafkaNull.INSTANCE : record.value());
        record.headers().forEach(header -> message.setHeader(header.key(), header.value()));
        return message.setHeader(KafkaHeaders.RECEIVED_KEY, record.key()).build();
    }
}
