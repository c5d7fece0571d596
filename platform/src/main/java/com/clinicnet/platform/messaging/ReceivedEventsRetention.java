package com.clinicnet.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionOperations;

import com.clinicnet.platform.transaction.InBatches;

/**
 * Forgets the ids of events received longer ago than the topics keep their records. An id only serves to skip a
 * redelivery, and a record can only be delivered again while it is still on its topic, so after the topic's
 * retention the id guards nothing and only makes {@code received_event} grow for ever.
 * <p>
 * Every instance of every service runs this; batches lock their rows with {@code FOR UPDATE SKIP LOCKED}, so
 * instances running it at the same time share the work instead of waiting for each other or deleting twice.
 */
public class ReceivedEventsRetention {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final ReceivedEventsProperties properties;
    private final Clock clock;

    public ReceivedEventsRetention(JdbcClient jdbc, TransactionOperations transactions,
            ReceivedEventsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${clinicnet.messaging.received-events.forget-every}",
            initialDelayString = "${clinicnet.messaging.received-events.forget-every}")
    void forgetExpiredNow() {
        forgetExpired(clock.instant());
    }

    /**
     * Deletes the ids received before {@code now} less the retention.
     *
     * @return how many ids this run deleted
     */
    public int forgetExpired(Instant now) {
        Timestamp receivedBefore = Timestamp.from(now.minus(properties.retention()));
        // received_at has no index (each service's schema would need one): a batch reads the table until it has found
        // a batch, cheap for the week of ids kept and only once per forget-every
        return InBatches.repeat(transactions, properties.batchSize(), () -> jdbc.sql("""
                        DELETE FROM received_event WHERE event_id IN (
                            SELECT event_id FROM received_event
                            WHERE received_at < :receivedBefore
                            LIMIT :batch
                            FOR UPDATE SKIP LOCKED)
                        """)
                .param("receivedBefore", receivedBefore).param("batch", properties.batchSize())
                .update());
    }
}
