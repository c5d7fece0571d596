package com.clinicnet.platform.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.springframework.messaging.Message;

import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.events.EventType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Turns a record consumed from Kafka back into an event of the published language. */
public class EventReader {

    private final JsonMapper json;

    public EventReader(JsonMapper json) {
        this.json = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .build();
    }

    public ClinicNetEvent read(Message<?> message) {
        String typeName = CloudEventHeaders.read(message.getHeaders(), CloudEventHeaders.TYPE)
                .orElseThrow(() -> new UnreadableEventException("Record without a " + CloudEventHeaders.TYPE + " header"));
        EventType type = EventType.named(typeName)
                .orElseThrow(() -> new UnreadableEventException("Unknown event type " + typeName));
        if (type.isTombstone()) {
            return tombstone(message, type);
        }
        if (!(message.getPayload() instanceof byte[] body)) {
            throw new UnreadableEventException("A " + typeName + " without a body");
        }
        try {
            return Objects.requireNonNull(json.readValue(body, type.recordType()));
        }
        catch (JacksonException | NullPointerException e) {
            throw new UnreadableEventException("Cannot read " + typeName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rebuilds a tombstone from its headers and key. By convention a tombstone record is (event id, time, subject id).
     */
    private static ClinicNetEvent tombstone(Message<?> message, EventType type) {
        try {
            UUID eventId = UUID.fromString(header(message, CloudEventHeaders.ID));
            Instant time = Instant.parse(header(message, CloudEventHeaders.TIME));
            UUID subject = UUID.fromString(header(message, CloudEventHeaders.SUBJECT));
            return type.recordType().getDeclaredConstructor(UUID.class, Instant.class, UUID.class)
                    .newInstance(eventId, time, subject);
        }
        catch (ReflectiveOperationException | RuntimeException e) {
            throw new UnreadableEventException("Cannot read the tombstone " + type.typeName(), e);
        }
    }

    private static String header(Message<?> message, String name) {
        return CloudEventHeaders.read(message.getHeaders(), name)
                .orElseThrow(() -> new UnreadableEventException("Tombstone without a " + name + " header"));
    }
}
