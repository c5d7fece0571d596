package com.clinicnet.booking.availability;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

/**
 * Loads everything a slot search needs in a fixed number of statements (one per kind of row), however many
 * clinics and therapists are in scope: no query per therapist.
 */
@Repository
class AvailabilityReadModel {

    private final JdbcClient jdbc;

    AvailabilityReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BookableClinic> clinics(UUID clinicId, String city) {
        return jdbc.sql("""
                        SELECT * FROM clinic_view
                        WHERE (CAST(:id AS uuid) IS NULL OR id = :id) AND (CAST(:city AS text) IS NULL OR lower(city) = lower(:city))
                        """)
                .param("id", clinicId).param("city", city)
                .query((row, n) -> new BookableClinic(row.getObject("id", UUID.class), row.getString("name"),
                        ZoneId.of(row.getString("time_zone")), row.getInt("treatment_rooms"),
                        Duration.ofMinutes(row.getInt("buffer_minutes")),
                        new HashSet<>(Arrays.asList((Integer[]) row.getArray("session_types").getArray()))))
                .list();
    }

    /** Active therapists at these clinics, with a wanted specialty when any is asked for. */
    List<BookableTherapist> therapists(Collection<UUID> clinicIds, Set<String> specialties, UUID therapistId) {
        UUID[] clinics = clinicIds.toArray(UUID[]::new);
        Map<UUID, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT t.id, t.name FROM therapist_view t
                        JOIN therapist_view_clinic c ON c.therapist_id = t.id AND c.clinic_id = ANY(:clinics)
                        WHERE t.active AND (CAST(:therapist AS uuid) IS NULL OR t.id = :therapist)
                          AND (cardinality(CAST(:specialties AS text[])) = 0 OR EXISTS (SELECT 1 FROM therapist_view_specialty s
                               WHERE s.therapist_id = t.id AND s.specialty_code = ANY(:specialties)))
                        ORDER BY t.id
                        """)
                .param("clinics", clinics).param("therapist", therapistId)
                .param("specialties", specialties.toArray(String[]::new))
                .query((row, n) -> names.put(row.getObject("id", UUID.class), row.getString("name"))).list();
        if (names.isEmpty()) {
            return List.of();
        }
        UUID[] ids = names.keySet().toArray(UUID[]::new);
        Map<UUID, Set<UUID>> clinicsOf = new HashMap<>();
        jdbc.sql("SELECT therapist_id, clinic_id FROM therapist_view_clinic WHERE therapist_id = ANY(:ids)")
                .param("ids", ids)
                .query((row, n) -> clinicsOf.computeIfAbsent(row.getObject("therapist_id", UUID.class), k -> new HashSet<>())
                        .add(row.getObject("clinic_id", UUID.class))).list();
        Map<UUID, Map<String, Integer>> levels = new HashMap<>();
        jdbc.sql("SELECT therapist_id, specialty_code, level FROM therapist_view_specialty WHERE therapist_id = ANY(:ids)")
                .param("ids", ids)
                .query((row, n) -> levels.computeIfAbsent(row.getObject("therapist_id", UUID.class), k -> new HashMap<>())
                        .put(row.getString("specialty_code"), row.getInt("level"))).list();
        Map<UUID, Map<LocalDate, List<WeeklyShift>>> shifts = new HashMap<>();
        jdbc.sql("SELECT * FROM therapist_view_shift WHERE therapist_id = ANY(:ids)")
                .param("ids", ids)
                .query((row, n) -> shifts.computeIfAbsent(row.getObject("therapist_id", UUID.class), k -> new TreeMap<>())
                        .computeIfAbsent(row.getDate("effective_from").toLocalDate(), k -> new ArrayList<>())
                        .add(new WeeklyShift(row.getObject("clinic_id", UUID.class), DayOfWeek.valueOf(row.getString("weekday")),
                                row.getTime("starts").toLocalTime(), row.getTime("ends").toLocalTime()))).list();
        Map<UUID, List<Absence>> timeOff = new HashMap<>();
        jdbc.sql("SELECT therapist_id, starts_at, ends_at FROM therapist_view_time_off WHERE therapist_id = ANY(:ids)")
                .param("ids", ids)
                .query((row, n) -> timeOff.computeIfAbsent(row.getObject("therapist_id", UUID.class), k -> new ArrayList<>())
                        .add(new Absence(row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant())))
                .list();
        return names.entrySet().stream().map(entry -> new BookableTherapist(entry.getKey(), entry.getValue(),
                        clinicsOf.getOrDefault(entry.getKey(), Set.of()), levels.getOrDefault(entry.getKey(), Map.of()),
                        shifts.getOrDefault(entry.getKey(), Map.of()).entrySet().stream()
                                .map(schedule -> new WeeklySchedule(schedule.getKey(), schedule.getValue())).toList(),
                        timeOff.getOrDefault(entry.getKey(), List.of())))
                .toList();
    }

    /** Booked sessions at these clinics or of these therapists that touch the window. */
    List<Occupancy> occupancy(Collection<UUID> clinicIds, Collection<UUID> therapistIds, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT therapist_id, clinic_id, room, starts_at, blocked_until FROM session
                        WHERE status = 'BOOKED' AND (clinic_id = ANY(:clinics) OR therapist_id = ANY(:therapists))
                          AND starts_at < :to AND blocked_until > :from
                        """)
                .param("clinics", clinicIds.toArray(UUID[]::new)).param("therapists", therapistIds.toArray(UUID[]::new))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((row, n) -> new Occupancy(row.getObject("therapist_id", UUID.class),
                        row.getObject("clinic_id", UUID.class), row.getInt("room"),
                        row.getTimestamp("starts_at").toInstant(), row.getTimestamp("blocked_until").toInstant()))
                .list();
    }

    /** Sessions at these clinics that take their therapist's time (booked, completed, missed) and touch the window. */
    List<HeldSession> heldSessions(Collection<UUID> clinicIds, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT therapist_id, clinic_id, starts_at, ends_at FROM session
                        WHERE status IN ('BOOKED', 'COMPLETED', 'NO_SHOW') AND clinic_id = ANY(:clinics)
                          AND starts_at < :to AND ends_at > :from
                        """)
                .param("clinics", clinicIds.toArray(UUID[]::new))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((row, n) -> new HeldSession(row.getObject("therapist_id", UUID.class),
                        row.getObject("clinic_id", UUID.class), row.getTimestamp("starts_at").toInstant(),
                        row.getTimestamp("ends_at").toInstant()))
                .list();
    }
}
