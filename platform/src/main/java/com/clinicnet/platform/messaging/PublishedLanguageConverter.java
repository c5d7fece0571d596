package com.clinicnet.platform.messaging;

import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.messaging.Message;

import com.clinicnet.events.Tombstone;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events as JSON bytes, except a {@link Tombstone}, which goes out with no value at all so that compaction
 * forgets its key. Used by the KafkaTemplate the outbox publishes through.
 */
class PublishedLanguageConverter extends ByteArrayJacksonJsonMessageConverter {

    PublishedLanguageConverter(JsonMapper json) {
        super(json);
    }

    @Override
    protected Object convertPayload(Message<?> message) {
        return message.getPayload() instanceof Tombstone ? null : super.convertPayload(message);
    }
}
