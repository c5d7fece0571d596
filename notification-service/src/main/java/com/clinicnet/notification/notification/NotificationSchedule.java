package com.clinicnet.notification.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The durable schedule: every planned notification with its due instant and state, in PostgreSQL. */
@Repository
class NotificationSchedule {

    private final JdbcClient jdbc;

    NotificationSchedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans a notification once per source event and kind, however often the event is delivered. */
    void planOnce(ScheduledNotification notification) {
        jdbc.sql("""
                        INSERT INTO notification (id, kind, client_id, session_id, source_event_id, due_at, state,
                                                  session_starts_at, clinic_time_zone, duration_minutes, offset_minutes,
                                                  reason)
                        VALUES (:id, :kind, :client, :session, :source, :due, :state, :startsAt, :zone, :minutes,
                                :offset, :reason)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", notification.id()).param("kind", notification.kind().name())
                .param("client", notification.clientId()).param("session", notification.sessionId())
                .param("source", notification.sourceEventId()).param("due", Timestamp.from(notification.dueAt()))
                .param("state", notification.state().name())
                .param("startsAt", Timestamp.from(notification.sessionStartsAt()))
                .param("zone", notification.clinicTimeZone().getId())
                .param("minutes", notification.durationMinutes())
                .param("offset", notification.offsetMinutes()).param("reason", notification.reason())
                .update();
    }

    /** Cancels what is still pending for a session, of the given kinds. */
    void cancelPending(UUID sessionId, java.util.Collection<NotificationKind> kinds, String reason) {
        jdbc.sql("""
                        UPDATE notification SET state = 'CANCELLED', reason = :reason
                        WHERE session_id = :session AND state = 'PENDING' AND kind = ANY(:kinds)
                        """)
                .param("session", sessionId).param("reason", reason)
                .param("kinds", kinds.stream().map(NotificationKind::name).toArray(String[]::new))
                .update();
    }

    void markCancelled(UUID id, String reason) {
        jdbc.sql("UPDATE notification SET state = 'CANCELLED', reason = :reason WHERE id = :id")
                .param("id", id).param("reason", reason).update();
    }

    /**
     * Locks up to {@code limit} due notifications for this transaction; rows another instance holds are skipped,
     * so with several instances each notification is dispatched by one of them.
     */
    List<ScheduledNotification> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM notification
                        WHERE state = 'PENDING' AND due_at <= :now
                        ORDER BY due_at
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(NotificationSchedule::notification).list();
    }

    void markSent(UUID id, String channel, Instant sentAt) {
        jdbc.sql("""
                        UPDATE notification SET state = 'SENT', channel = :channel, sent_at = :sentAt,
                               attempts = attempts + 1, sent_by = :instance
                        WHERE id = :id
                        """)
                .param("id", id).param("channel", channel).param("sentAt", Timestamp.from(sentAt))
                .param("instance", INSTANCE).update();
    }

    /** This process, as operators see it in the delivery log: host and process id. */
    private static final String INSTANCE = hostName() + "/" + ProcessHandle.current().pid();

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        }
        catch (java.net.UnknownHostException e) {
            return "unknown-host";
        }
    }

    void markSkipped(UUID id, String reason) {
        jdbc.sql("UPDATE notification SET state = 'SKIPPED', reason = :reason WHERE id = :id")
                .param("id", id).param("reason", reason).update();
    }

    void postpone(UUID id, Instant dueAt, String reason) {
        jdbc.sql("UPDATE notification SET due_at = :due, reason = :reason, attempts = attempts + 1 WHERE id = :id")
                .param("id", id).param("due", Timestamp.from(dueAt)).param("reason", reason).update();
    }

    private static ScheduledNotification notification(ResultSet row, int rowNumber) throws SQLException {
        return new ScheduledNotification(row.getObject("id", UUID.class),
                NotificationKind.valueOf(row.getString("kind")), row.getObject("client_id", UUID.class),
                row.getObject("session_id", UUID.class), row.getObject("source_event_id", UUID.class),
                row.getTimestamp("due_at").toInstant(), NotificationState.valueOf(row.getString("state")),
                row.getTimestamp("session_starts_at").toInstant(), ZoneId.of(row.getString("clinic_time_zone")),
                row.getInt("duration_minutes"), (Integer) row.getObject("offset_minutes"), row.getString("reason"));
    }
}
