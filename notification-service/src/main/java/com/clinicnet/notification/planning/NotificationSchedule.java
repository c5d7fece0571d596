package com.clinicnet.notification.planning;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicnet.notification.channel.Channel;
import com.clinicnet.platform.tracing.TraceContexts;

/** The durable schedule: every planned notification with its due instant and state, in PostgreSQL. */
@Repository
public class NotificationSchedule {

    /** This process, as operators see it in the delivery log: host and process id. */
    private static final String INSTANCE = hostName() + "/" + ProcessHandle.current().pid();

    private final JdbcClient jdbc;
    private final TraceContexts traces;

    NotificationSchedule(JdbcClient jdbc, TraceContexts traces) {
        this.jdbc = jdbc;
        this.traces = traces;
    }

    /**
     * Plans a notification once per source event and kind, however often the event is delivered. It keeps the trace
     * of the event being handled, which its send continues.
     */
    void planOnce(ScheduledNotification notification) {
        insertOnce(notification);
    }

    /** Plans a notice once per source event with the slots it offers, in their order. */
    void planOnce(ScheduledNotification notification, List<Offer> offers) {
        if (!insertOnce(notification)) {
            return;
        }
        for (int rank = 1; rank <= offers.size(); rank++) {
            Offer offer = offers.get(rank - 1);
            jdbc.sql("""
                            INSERT INTO notification_offer (notification_id, rank, therapist_id, clinic_id, starts_at,
                                                            clinic_time_zone)
                            VALUES (:notification, :rank, :therapist, :clinic, :startsAt, :zone)
                            """)
                    .param("notification", notification.id()).param("rank", rank)
                    .param("therapist", offer.therapistId()).param("clinic", offer.clinicId())
                    .param("startsAt", Timestamp.from(offer.startsAt())).param("zone", offer.clinicTimeZone().getId())
                    .update();
        }
    }

    /** The slots a notice offers, in their order; none for any other notification. */
    public List<Offer> offersOf(UUID notificationId) {
        return jdbc.sql("""
                        SELECT therapist_id, clinic_id, starts_at, clinic_time_zone FROM notification_offer
                        WHERE notification_id = :id ORDER BY rank
                        """)
                .param("id", notificationId)
                .query((row, n) -> new Offer(row.getObject("therapist_id", UUID.class),
                        row.getObject("clinic_id", UUID.class), row.getTimestamp("starts_at").toInstant(),
                        ZoneId.of(row.getString("clinic_time_zone"))))
                .list();
    }

    private boolean insertOnce(ScheduledNotification notification) {
        Visit visit = notification.visit();
        return jdbc.sql("""
                        INSERT INTO notification (id, kind, client_id, session_id, clinic_id, therapist_id,
                                                  source_event_id, due_at, state, session_starts_at, clinic_time_zone,
                                                  duration_minutes, offset_minutes, reason, trace_parent, expires_at)
                        VALUES (:id, :kind, :client, :session, :clinic, :therapist, :source, :due, :state, :startsAt,
                                :zone, :minutes, :offset, :reason, :traceParent, :expiresAt)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", notification.id()).param("kind", notification.kind().name())
                .param("client", visit.clientId()).param("session", visit.sessionId())
                .param("clinic", visit.clinicId()).param("therapist", visit.therapistId())
                .param("source", notification.sourceEventId()).param("due", Timestamp.from(notification.dueAt()))
                .param("state", notification.state().name())
                .param("startsAt", Timestamp.from(visit.startsAt()))
                .param("zone", visit.clinicTimeZone().getId())
                .param("minutes", visit.durationMinutes())
                .param("offset", notification.offsetMinutes()).param("reason", notification.reason())
                .param("traceParent", traces.current().orElse(null))
                .param("expiresAt", notification.expiresAt() == null ? null
                        : notification.expiresAt().atOffset(java.time.ZoneOffset.UTC),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .update() == 1;
    }

    /** Cancels what is still pending for a session, of the given kinds. */
    void cancelPending(UUID sessionId, Collection<NotificationKind> kinds, String reason) {
        jdbc.sql("""
                        UPDATE notification SET state = 'CANCELLED', reason = :reason
                        WHERE session_id = :session AND state = 'PENDING' AND kind = ANY(:kinds)
                        """)
                .param("session", sessionId).param("reason", reason)
                .param("kinds", kinds.stream().map(NotificationKind::name).toArray(String[]::new))
                .update();
    }

    /**
     * Locks up to {@code limit} notifications to dispatch for this transaction: first those left in doubt by an
     * instance that stopped mid-send, then the due ones. Rows another instance holds are skipped, so with several
     * instances each notification is dispatched by one of them.
     */
    public List<ScheduledNotification> claimDue(Instant now, int limit) {
        List<ScheduledNotification> claimed = new ArrayList<>(jdbc.sql("""
                        SELECT * FROM notification
                        WHERE state = 'SENDING' AND claimed_until <= :now
                        ORDER BY claimed_until
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(NotificationSchedule::notification).list());
        claimed.addAll(jdbc.sql("""
                        SELECT * FROM notification
                        WHERE state = 'PENDING' AND due_at <= :now
                        ORDER BY due_at
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("now", Timestamp.from(now)).param("limit", limit - claimed.size())
                .query(NotificationSchedule::notification).list());
        return claimed;
    }

    /** This instance is about to hand the notification to a channel, and owns it until {@code claimedUntil}. */
    public void markSending(UUID id, Channel channel, Instant claimedUntil) {
        jdbc.sql("""
                        UPDATE notification SET state = 'SENDING', channel = :channel, claimed_until = :until,
                               attempts = attempts + 1, sent_by = :instance
                        WHERE id = :id
                        """)
                .param("id", id).param("channel", channel.name()).param("until", Timestamp.from(claimedUntil))
                .param("instance", INSTANCE).update();
    }

    /** False when this instance no longer owned the send (its claim ran out and another instance took it over). */
    public boolean markSent(UUID id, Channel channel, Instant sentAt) {
        return jdbc.sql("""
                        UPDATE notification SET state = 'SENT', channel = :channel, sent_at = :sentAt,
                               sent_by = :instance, reason = NULL, claimed_until = NULL
                        WHERE id = :id AND state IN ('PENDING', 'SENDING')
                        """)
                .param("id", id).param("channel", channel.name()).param("sentAt", Timestamp.from(sentAt))
                .param("instance", INSTANCE).update() == 1;
    }

    public boolean markFailed(UUID id, String reason) {
        return jdbc.sql("""
                        UPDATE notification SET state = 'FAILED', reason = :reason, claimed_until = NULL
                        WHERE id = :id AND state IN ('PENDING', 'SENDING')
                        """)
                .param("id", id).param("reason", reason).update() == 1;
    }

    public void markCancelled(UUID id, String reason) {
        finish(id, NotificationState.CANCELLED, reason);
    }

    public void markSkipped(UUID id, String reason) {
        finish(id, NotificationState.SKIPPED, reason);
    }

    private void finish(UUID id, NotificationState state, String reason) {
        jdbc.sql("UPDATE notification SET state = :state, reason = :reason, claimed_until = NULL WHERE id = :id")
                .param("id", id).param("state", state.name()).param("reason", reason).update();
    }

    /** Back to PENDING, due again at {@code dueAt}. */
    public void postpone(UUID id, Instant dueAt, String reason) {
        jdbc.sql("""
                        UPDATE notification SET state = 'PENDING', due_at = :due, reason = :reason, claimed_until = NULL
                        WHERE id = :id AND state IN ('PENDING', 'SENDING')
                        """)
                .param("id", id).param("due", Timestamp.from(dueAt)).param("reason", reason).update();
    }

    /** Keeps a send in doubt a while longer, when the provider cannot be asked about it right now. */
    public void stayInDoubtUntil(UUID id, Instant until) {
        jdbc.sql("UPDATE notification SET claimed_until = :until WHERE id = :id AND state = 'SENDING'")
                .param("id", id).param("until", Timestamp.from(until)).update();
    }

    private static ScheduledNotification notification(ResultSet row, int rowNumber) throws SQLException {
        Visit visit = new Visit(row.getObject("client_id", UUID.class), row.getObject("session_id", UUID.class),
                row.getObject("clinic_id", UUID.class), row.getObject("therapist_id", UUID.class),
                row.getTimestamp("session_starts_at").toInstant(), ZoneId.of(row.getString("clinic_time_zone")),
                row.getInt("duration_minutes"));
        Timestamp claimedUntil = row.getTimestamp("claimed_until");
        String channel = row.getString("channel");
        return new ScheduledNotification(row.getObject("id", UUID.class),
                NotificationKind.valueOf(row.getString("kind")), row.getObject("source_event_id", UUID.class),
                row.getTimestamp("due_at").toInstant(), NotificationState.valueOf(row.getString("state")), visit,
                (Integer) row.getObject("offset_minutes"), row.getString("reason"),
                channel == null ? null : Channel.valueOf(channel),
                claimedUntil == null ? null : claimedUntil.toInstant(), row.getString("trace_parent"),
                row.getTimestamp("expires_at") == null ? null : row.getTimestamp("expires_at").toInstant());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
