package com.clinicnet.notification.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicnet.notification.NotificationRows;
import com.clinicnet.events.ErasedClient;
import com.clinicnet.platform.messaging.ReceivedEventsRetention;
import com.clinicnet.testsupport.ServiceIntegrationTest;

/**
 * The retention jobs, called with an explicit "now" on rows written straight to the tables with old timestamps
 * (the test profile's batches are two rows, so a run takes several). Defaults: personal fields 90 days, processed
 * event ids 7 days.
 */
@ServiceIntegrationTest
class RetentionIntegrationTests {

    private static final Duration LOCK_WAIT_WOULD_HANG = Duration.ofSeconds(10);

    @Autowired
    PersonalFieldsRetention personalFields;

    @Autowired
    ReceivedEventsRetention receivedEvents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void delivered_notifications_older_than_90_days_stop_naming_their_client_and_pending_ones_are_never_touched() {
        Instant now = clock.instant();
        Instant longAgo = now.minus(Duration.ofDays(100));
        Instant lately = now.minus(Duration.ofDays(80));
        Instant dueAhead = now.plus(Duration.ofDays(1));
        UUID client = UUID.randomUUID();
        NotificationRows rows = new NotificationRows(jdbc);
        List<UUID> expired = List.of(
                rows.insert(client, UUID.randomUUID(), UUID.randomUUID(), "SENT", longAgo, longAgo),
                rows.insert(client, UUID.randomUUID(), UUID.randomUUID(), "FAILED", longAgo, null),
                rows.insert(client, UUID.randomUUID(), UUID.randomUUID(), "CANCELLED", longAgo, null),
                rows.insert(client, UUID.randomUUID(), UUID.randomUUID(), "SKIPPED", longAgo, null),
                rows.insert(client, UUID.randomUUID(), UUID.randomUUID(), "SENT", longAgo.minusSeconds(60), longAgo));
        List<UUID> kept = List.of(
                // due long ago, but sent only lately: counted from when it was sent
                rows.insert(client, UUID.randomUUID(), UUID.randomUUID(), "SENT", longAgo, lately),
                rows.insert(client, UUID.randomUUID(), UUID.randomUUID(), "CANCELLED", lately, null),
                // planned long ago but due ahead, so the running dispatcher leaves them be
                rows.insert(client, UUID.randomUUID(), UUID.randomUUID(), "PENDING", longAgo, dueAhead, null),
                rows.insert(client, UUID.randomUUID(), UUID.randomUUID(), "SENDING", longAgo, dueAhead, null));

        int changed = personalFields.forgetExpired(now);

        assertThat(changed).isGreaterThanOrEqualTo(expired.size());
        assertThat(expired).allSatisfy(id -> assertThat(rows.personalFieldsOf(id)).isEqualTo(ErasedClient.ID.toString()));
        assertThat(kept).allSatisfy(id -> assertThat(rows.personalFieldsOf(id))
                .isEqualTo(client + " " + NotificationRows.REASON + " " + NotificationRows.TRACE_PARENT));
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", idArray(expired)).query(Integer.class).single())
                .as("the rows stay, to be counted").isEqualTo(expired.size());
        assertThat(personalFields.forgetExpired(now)).as("a second run finds nothing left").isZero();
    }

    @Test
    void a_notification_another_instance_has_locked_is_skipped_without_waiting_and_cleared_by_a_later_run()
            throws Exception {
        Instant now = clock.instant();
        Instant longAgo = now.minus(Duration.ofDays(100));
        UUID client = UUID.randomUUID();
        NotificationRows rows = new NotificationRows(jdbc);
        UUID held = rows.insert(client, UUID.randomUUID(), UUID.randomUUID(), "SENT", longAgo, longAgo);
        UUID free = rows.insert(client, UUID.randomUUID(), UUID.randomUUID(), "SENT", longAgo, longAgo);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
                status -> {
                    jdbc.sql("SELECT id FROM notification WHERE id = :id FOR UPDATE").param("id", held)
                            .query(UUID.class).single();
                    locked.countDown();
                    awaitQuietly(release);
                }));
        try {
            assertThat(locked.await(LOCK_WAIT_WOULD_HANG.toSeconds(), TimeUnit.SECONDS)).isTrue();

            assertTimeoutPreemptively(LOCK_WAIT_WOULD_HANG, () -> personalFields.forgetExpired(now));

            assertThat(rows.personalFieldsOf(free)).isEqualTo(ErasedClient.ID.toString());
            assertThat(rows.personalFieldsOf(held)).startsWith(client.toString());
        }
        finally {
            release.countDown();
            otherInstance.get(LOCK_WAIT_WOULD_HANG.toSeconds(), TimeUnit.SECONDS);
        }
        personalFields.forgetExpired(now);
        assertThat(rows.personalFieldsOf(held)).isEqualTo(ErasedClient.ID.toString());
    }

    @Test
    void processed_event_ids_older_than_the_topics_retention_are_forgotten_and_recent_ones_kept() {
        Instant now = clock.instant();
        List<UUID> old = received(5, now.minus(Duration.ofDays(8)));
        List<UUID> recent = Stream.concat(received(2, now.minus(Duration.ofDays(6))).stream(), received(1, now).stream())
                .toList();

        int forgotten = receivedEvents.forgetExpired(now);

        assertThat(forgotten).isGreaterThanOrEqualTo(old.size());
        assertThat(countReceived(old)).isZero();
        assertThat(countReceived(recent)).isEqualTo(recent.size());
    }

    @Test
    void instances_forgetting_processed_event_ids_at_the_same_time_share_the_work() {
        Instant now = clock.instant();
        List<UUID> old = received(40, now.minus(Duration.ofDays(30)));

        List<CompletableFuture<Integer>> instances = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> receivedEvents.forgetExpired(now))).toList();
        int forgotten = instances.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(countReceived(old)).isZero();
        assertThat(forgotten).as("each id deleted by one of them").isGreaterThanOrEqualTo(old.size());
    }

    private List<UUID> received(int count, Instant at) {
        List<UUID> ids = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
        ids.forEach(id -> jdbc.sql("INSERT INTO received_event (event_id, received_at) VALUES (:id, :at)")
                .param("id", id).param("at", Timestamp.from(at)).update());
        return ids;
    }

    private int countReceived(List<UUID> ids) {
        return jdbc.sql("SELECT count(*) FROM received_event WHERE event_id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", idArray(ids)).query(Integer.class).single();
    }

    private static String[] idArray(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(LOCK_WAIT_WOULD_HANG.toSeconds(), TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
