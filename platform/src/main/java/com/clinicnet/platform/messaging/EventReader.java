package com.clinicnet.platform.messaging;

import java.util.Objects;

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

    /** Reads an event that must be of the given type, as on a topic that carries one type only. */
    public <T extends ClinicNetEvent> T read(Message<byte[]> message, Class<T> expected) {
        ClinicNetEvent event = read(message);
        if (!expected.isInstance(event)) {
            throw new UnreadableEventException("Expected " + expected.getSimpleName() + " but got "
                    + event.getClass().getSimpleName());
        }
        return expected.cast(event);
    }

    public ClinicNetEvent read(Message<byte[]> message) {
        String typeName = CloudEventHeaders.read(message.getHeaders(), CloudEventHeaders.TYPE)
                .orElseThrow(() -> new UnreadableEventException("Record without a " + CloudEventHeaders.TYPE + " header"));
        EventType type = EventType.named(typeName)
                .orElseThrow(() -> new UnreadableEventException("Unknown event type " + typeName));
        try {
            return Objects.requireNonNull(json.readValue(message.getPayload(), type.recordType()));
        }
        catch (JacksonException | NullPointerException e) {
            throw new UnreadableEventException("Cannot read " + typeName + ": " + e.getMessage(), e);
        }
    }
}
