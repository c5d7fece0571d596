package com.clinicnet.booking.clinicday;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicnet.booking.session.CancellationReason;
import com.clinicnet.booking.session.SessionStatus;

/** The sessions of a clinic or a therapist over some days, read with their names in one query. */
@Repository
class ScheduleReadModel {

    private static final String COLUMNS = """
            SELECT s.id, s.clinic_id, s.therapist_id, t.name AS therapist_name, s.client_id, c.name AS client_name,
                   s.room, s.starts_at, s.ends_at, s.clinic_time_zone, s.duration_minutes, s.status, s.arrived_at,
                   s.late_cancellation, s.cancellation_reason, s.version, sc.confirmed_at
            FROM session s
            JOIN client c ON c.id = s.client_id
            LEFT JOIN therapist_view t ON t.id = s.therapist_id
            LEFT JOIN session_confirmation sc ON sc.session_id = s.id
            """;


    private final JdbcClient jdbc;

    ScheduleReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every session of the clinic starting in [from, until), by start then room (a range scan of its index). */
    List<ScheduledSession> ofClinic(UUID clinicId, Instant from, Instant until) {
        return jdbc.sql(COLUMNS + """
                        WHERE s.clinic_id = :clinic AND s.starts_at >= :from AND s.starts_at < :until
                        ORDER BY s.starts_at, s.room
                        """)
                .param("clinic", clinicId).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(ScheduleReadModel::scheduled).list().stream().filter(ScheduleReadModel::isSomebodys).toList();
    }

    /**
     * The therapist's sessions whose start falls on one of the days in the zone of its own clinic: the instants only
     * bound the index range, the local dates decide. Only at these clinics when {@code clinics} is not null.
     */
    List<ScheduledSession> ofTherapist(UUID therapistId, CalendarDays days, Set<UUID> clinics) {
        String atClinics = clinics == null ? "" : " AND s.clinic_id = ANY(:clinics)";
        var statement = jdbc.sql(COLUMNS + """
                        WHERE s.therapist_id = :therapist AND s.starts_at >= :earliest AND s.starts_at < :latest
                          AND (s.starts_at AT TIME ZONE s.clinic_time_zone)::date BETWEEN :first AND :last
                        """ + atClinics + """
                         ORDER BY s.starts_at, s.room
                        """)
                .param("therapist", therapistId)
                .param("earliest", Timestamp.from(days.earliestStart()))
                .param("latest", Timestamp.from(days.latestEnd()))
                .param("first", days.first()).param("last", days.last());
        if (clinics != null) {
            statement = statement.param("clinics", clinics.toArray(UUID[]::new));
        }
        return statement.query(ScheduleReadModel::scheduled).list().stream().filter(ScheduleReadModel::isSomebodys)
                .toList();
    }

    /**
     * A time held for a waitlisted client is nobody's session yet; left out after the read (rather than in the
     * statement) so each schedule stays one range scan of its start index.
     */
    private static boolean isSomebodys(ScheduledSession session) {
        return session.status() != SessionStatus.HELD;
    }

    private static ScheduledSession scheduled(ResultSet row, int rowNumber) throws SQLException {
        Timestamp arrivedAt = row.getTimestamp("arrived_at");
        Timestamp confirmedAt = row.getTimestamp("confirmed_at");
        String reason = row.getString("cancellation_reason");
        return new ScheduledSession(row.getObject("id", UUID.class), row.getObject("clinic_id", UUID.class),
                row.getObject("therapist_id", UUID.class), row.getString("therapist_name"),
                row.getObject("client_id", UUID.class), row.getString("client_name"), row.getInt("room"),
                row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
                ZoneId.of(row.getString("clinic_time_zone")), row.getInt("duration_minutes"),
                SessionStatus.valueOf(row.getString("status")), arrivedAt == null ? null : arrivedAt.toInstant(),
                row.getBoolean("late_cancellation"), reason == null ? null : CancellationReason.valueOf(reason),
                row.getLong("version"), confirmedAt == null ? null : confirmedAt.toInstant());
    }
}
