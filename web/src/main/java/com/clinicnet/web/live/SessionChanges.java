package com.clinicnet.web.live;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import com.clinicnet.events.Topics;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web's own reader of booking.sessions: every session event (booked, rescheduled, cancelled, arrived, completed,
 * no-show) names its clinic, and the browsers watching that clinic's day are told it changed. Each web instance
 * reads in a group of its own from the latest offset: it only needs what happens while browsers watch.
 */
@Component
class SessionChanges implements ConsumerSeekAware {

    static final String LISTENER = "web-live";
    private static final String CLINIC_ID = "clinicId";
    private static final String EVENT_ID = "ce_id";
    private static final Logger log = LoggerFactory.getLogger(SessionChanges.class);

    private final ClinicDayWatchers watchers;
    private final JsonMapper json;
    private final KafkaListenerEndpointRegistry listeners;
    private final LiveProperties properties;
    private final String brokers;
    private final AtomicBoolean warned = new AtomicBoolean();

    SessionChanges(ClinicDayWatchers watchers, JsonMapper json, KafkaListenerEndpointRegistry listeners,
            LiveProperties properties, @Value("${spring.kafka.bootstrap-servers:localhost:9092}") String brokers) {
        this.watchers = watchers;
        this.json = json;
        this.listeners = listeners;
        this.properties = properties;
        this.brokers = brokers;
    }

    @KafkaListener(id = LISTENER, topics = Topics.BOOKING_SESSIONS, groupId = "${clinicnet.web.live.group-id}",
            autoStartup = "${clinicnet.web.live.enabled}")
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return;
        }
        UUID clinicId;
        try {
            JsonNode event = json.readTree(record.value());
            JsonNode clinic = event.get(CLINIC_ID);
            if (clinic == null || clinic.isNull()) {
                return;
            }
            clinicId = UUID.fromString(clinic.asString());
        }
        catch (RuntimeException unreadable) {
            // not the web's to dead-letter: booking-service's own consumers do; the page simply stays as it is
            log.debug("Skipped an unreadable record at offset {}", record.offset());
            return;
        }
        watchers.changed(clinicId, eventId(record));
    }

    /** Partitions assigned: the broker answers and changes will reach the pages from now on. */
    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        if (!assignments.isEmpty()) {
            watchers.feedIsUp();
        }
    }

    /** Says once, a while after start, that the broker has not answered: the days then refresh only on reload. */
    @EventListener(ApplicationReadyEvent.class)
    void warnOnceIfTheBrokerStaysAway() {
        if (!properties.enabled()) {
            return;
        }
        Thread.ofVirtual().name("live-feed-check").start(() -> {
            try {
                Thread.sleep(properties.connectWarningAfter());
            }
            catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
            MessageListenerContainer container = listeners.getListenerContainer(LISTENER);
            boolean assigned = container != null && container.getAssignedPartitions() != null
                    && !container.getAssignedPartitions().isEmpty();
            if (!assigned && warned.compareAndSet(false, true)) {
                log.warn("The live feed has no answer from Kafka at {} after {}: front desks' days refresh only when"
                        + " reloaded until it answers", brokers, properties.connectWarningAfter());
            }
        });
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        Header id = record.headers().lastHeader(EVENT_ID);
        return id == null ? null : new String(id.value(), StandardCharsets.UTF_8);
    }
}
