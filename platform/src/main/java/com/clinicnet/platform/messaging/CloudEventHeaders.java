package com.clinicnet.platform.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.messaging.MessageHeaders;

import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.events.EventType;

/**
 * The CloudEvents envelope in Kafka's binary mode: attributes travel as {@code ce_*} headers, the event as the
 * JSON body. Header values are written as UTF-8 bytes so that kafka-console-consumer and kcat show them as text.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    private static final String SPEC_VERSION_1_0 = "1.0";
    private static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    public static Map<String, Object> of(ClinicNetEvent event, String source) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, bytes(SPEC_VERSION_1_0));
        headers.put(ID, bytes(event.eventId().toString()));
        headers.put(TYPE, bytes(EventType.of(event).typeName()));
        headers.put(SOURCE, bytes(source));
        headers.put(TIME, bytes(event.occurredAt().toString()));
        headers.put(SUBJECT, bytes(event.subject()));
        headers.put(CONTENT_TYPE, bytes(JSON));
        return headers;
    }

    /** Reads a header whether the binder handed it over as raw bytes or already as text. */
    public static Optional<String> read(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] raw) {
            return Optional.of(new String(raw, UTF_8));
        }
        return Optional.ofNullable(value).map(Object::toString);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
