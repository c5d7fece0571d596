package com.clinicnet.platform.messaging;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consumer's own record of the events it has applied, kept in the same transaction as their effect:
 * a redelivered event (after a retry, a restart or a rebalance) finds its id here and is skipped.
 */
public class ReceivedEvents {

    private final JdbcClient jdbc;

    public ReceivedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event as received; false when it was received before. Call inside the consumer's transaction. */
    public boolean firstDelivery(UUID eventId) {
        return jdbc.sql("""
                        INSERT INTO received_event (event_id, received_at) VALUES (:eventId, now())
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                .param("eventId", eventId)
                .update() == 1;
    }
}
