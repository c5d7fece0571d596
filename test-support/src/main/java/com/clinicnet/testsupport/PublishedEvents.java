package com.clinicnet.testsupport;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.events.EventType;
import com.clinicnet.events.Tombstone;
import com.clinicnet.platform.messaging.CloudEventHeaders;

import tools.jackson.databind.json.JsonMapper;

/** Puts records on a topic the way another service would, or the way a hostile one might. */
public final class PublishedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PublishedEvents() {
    }

    /** Publishes an event of the published language with its CloudEvents headers, as its owning service does. */
    public static void publish(String bootstrapServers, ClinicNetEvent event, String source) {
        send(bootstrapServers, recordOf(event, source));
    }

    private static ProducerRecord<String, byte[]> recordOf(ClinicNetEvent event, String source) {
        byte[] value = event instanceof Tombstone ? null : JSON.writeValueAsBytes(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventType.of(event).topic(), event.subject(), value);
        CloudEventHeaders.of(event, source)
                .forEach((name, header) -> record.headers().add(name, (byte[]) header));
        return record;
    }

    /** Publishes many events through one producer, in order, and waits until the broker has taken them all. */
    public static void publishAll(String bootstrapServers, java.util.List<? extends ClinicNetEvent> events,
            String source) {
        try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
            java.util.List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
            for (ClinicNetEvent event : events) {
                sent.add(producer.send(recordOf(event, source)));
            }
            for (java.util.concurrent.Future<?> taken : sent) {
                taken.get();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        catch (ExecutionException e) {
            throw new IllegalStateException("The broker did not take the records", e);
        }
    }

    /** Publishes raw bytes with the given headers: for poison and hostile records. */
    public static void publishRaw(String bootstrapServers, String topic, String key, byte[] value,
            Map<String, String> headers) {
        publishRaw(bootstrapServers, topic, null, key, value, headers);
    }

    /** Publishes raw bytes to the given partition (null: by key), as a producer with its own partitioner might. */
    public static void publishRaw(String bootstrapServers, String topic, Integer partition, String key, byte[] value,
            Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        send(bootstrapServers, record);
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    private static void send(String bootstrapServers, ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
            producer.send(record).get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        catch (ExecutionException e) {
            throw new IllegalStateException("The broker did not take the record", e);
        }
    }
}
