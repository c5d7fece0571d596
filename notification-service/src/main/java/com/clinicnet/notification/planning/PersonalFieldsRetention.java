package com.clinicnet.notification.planning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicnet.events.ErasedClient;
import com.clinicnet.platform.transaction.InBatches;

/**
 * Delivered notifications (sent, failed, cancelled or skipped) keep whom they were for only as long as staff may ask
 * about them; after {@code personal-fields} their {@link NotificationClientFields} are cleared, as at an erasure, and
 * they stay only to be counted. Pending and sending ones are never touched: they still have to reach their client.
 * <p>
 * Every instance runs this; each batch locks its rows with {@code FOR UPDATE SKIP LOCKED}, so instances running at
 * the same time share the rows instead of waiting for each other.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
public class PersonalFieldsRetention {

    /**
     * The state and erasure-marker literals repeat the partial index of V8, so PostgreSQL can use it. A notification
     * never sent is counted from when it fell due or was planned, whichever is later.
     */
    private static final String ONE_BATCH = """
            UPDATE notification SET %s
            WHERE id IN (
                SELECT id FROM notification
                WHERE state IN ('SENT', 'FAILED', 'CANCELLED', 'SKIPPED')
                  AND client_id <> '%s'
                  AND coalesce(sent_at, greatest(due_at, created_at)) < :deliveredBefore
                LIMIT :batch
                FOR UPDATE SKIP LOCKED)
            """.formatted(NotificationClientFields.CLEARED, ErasedClient.ID);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RetentionProperties properties;
    private final Clock clock;

    PersonalFieldsRetention(JdbcClient jdbc, TransactionTemplate transactions, RetentionProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${clinicnet.notifications.retention.run-every}",
            initialDelayString = "${clinicnet.notifications.retention.run-every}")
    void forgetExpiredNow() {
        forgetExpired(clock.instant());
    }

    /**
     * Clears the personal fields of the notifications delivered before {@code now} less {@code personal-fields}.
     *
     * @return how many notifications this run changed
     */
    public int forgetExpired(Instant now) {
        Timestamp deliveredBefore = Timestamp.from(now.minus(properties.personalFields()));
        return InBatches.repeat(transactions, properties.batchSize(), () -> jdbc.sql(ONE_BATCH)
                .param("deliveredBefore", deliveredBefore).param("batch", properties.batchSize())
                .update());
    }
}
