package com.clinicnet.booking.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

/**
 * The one answer booking has to "what is this clinic or therapist, and when do they work": read from booking's own
 * copy of the directory (written by {@link DirectoryProjection}), never by a call to the therapist service. A
 * therapist is loaded with everything about them in a fixed number of statements (one per kind of row), however many
 * are asked for: no query per therapist.
 */
@Repository
public class DirectoryReadModel {

    private final JdbcClient jdbc;

    DirectoryReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The specialties of the catalogue that address any of these concerns. */
    @Transactional(readOnly = true)
    public Set<String> specialtiesFor(Collection<String> concerns) {
        return new HashSet<>(jdbc.sql("SELECT specialty_code FROM concern_specialty WHERE concern = ANY(:concerns)")
                .param("concerns", concerns.toArray(String[]::new)).query(String.class).list());
    }

    /** Every clinic booking knows of. */
    @Transactional(readOnly = true)
    public List<UUID> clinicIds() {
        return jdbc.sql("SELECT id FROM clinic_view").query(UUID.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<ClinicView> clinic(UUID id) {
        return clinics(id, null).stream().findFirst();
    }

    /** The clinics with this id, in this city (either may be null: any). */
    @Transactional(readOnly = true)
    public List<ClinicView> clinics(UUID clinicId, String city) {
        return jdbc.sql("""
                        SELECT c.*, ARRAY(SELECT day FROM clinic_view_closure WHERE clinic_id = c.id) AS closed_on
                        FROM clinic_view c
                        WHERE (CAST(:id AS uuid) IS NULL OR c.id = :id)
                          AND (CAST(:city AS text) IS NULL OR lower(c.city) = lower(:city))
                        """)
                .param("id", clinicId).param("city", city)
                .query((row, n) -> clinic(row))
                .list();
    }

    /** The therapist, active or not, wherever they work. */
    @Transactional(readOnly = true)
    public Optional<TherapistView> therapist(UUID id) {
        Map<UUID, TherapistRow> found = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name, active FROM therapist_view WHERE id = :id").param("id", id)
                .query((row, n) -> found.put(id, therapistRow(row))).list();
        return withDetails(found).stream().findFirst();
    }

    /** Active therapists at these clinics, with a wanted specialty when any is asked for, or only the one named. */
    @Transactional(readOnly = true)
    public List<TherapistView> therapists(Collection<UUID> clinicIds, Set<String> specialties, UUID therapistId) {
        Map<UUID, TherapistRow> found = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT t.id, t.name, t.active FROM therapist_view t
                        JOIN therapist_view_clinic c ON c.therapist_id = t.id AND c.clinic_id = ANY(:clinics)
                        WHERE t.active AND (CAST(:therapist AS uuid) IS NULL OR t.id = :therapist)
                          AND (cardinality(CAST(:specialties AS text[])) = 0 OR EXISTS (SELECT 1 FROM therapist_view_specialty s
                               WHERE s.therapist_id = t.id AND s.specialty_code = ANY(:specialties)))
                        ORDER BY t.id
                        """)
                .param("clinics", clinicIds.toArray(UUID[]::new)).param("therapist", therapistId)
                .param("specialties", specialties.toArray(String[]::new))
                .query((row, n) -> found.put(row.getObject("id", UUID.class), therapistRow(row))).list();
        return withDetails(found);
    }

    private record TherapistRow(String name, boolean active) {
    }

    private static TherapistRow therapistRow(ResultSet row) throws SQLException {
        return new TherapistRow(row.getString("name"), row.getBoolean("active"));
    }

    private static ClinicView clinic(ResultSet row) throws SQLException {
        return new ClinicView(row.getObject("id", UUID.class), row.getString("name"), row.getString("city"),
                ZoneId.of(row.getString("time_zone")), row.getInt("treatment_rooms"),
                Duration.ofMinutes(row.getInt("buffer_minutes")),
                Duration.ofMinutes(row.getInt("late_cancellation_notice_minutes")),
                new HashSet<>(Arrays.asList((Integer[]) row.getArray("session_types").getArray())),
                Arrays.stream((java.sql.Date[]) row.getArray("closed_on").getArray()).map(java.sql.Date::toLocalDate)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    private List<TherapistView> withDetails(Map<UUID, TherapistRow> therapists) {
        if (therapists.isEmpty()) {
            return List.of();
        }
        UUID[] ids = therapists.keySet().toArray(UUID[]::new);
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
        return therapists.entrySet().stream().map(entry -> new TherapistView(entry.getKey(), entry.getValue().name(),
                        entry.getValue().active(), clinicsOf.getOrDefault(entry.getKey(), Set.of()),
                        levels.getOrDefault(entry.getKey(), Map.of()),
                        shifts.getOrDefault(entry.getKey(), Map.of()).entrySet().stream()
                                .map(schedule -> new WeeklySchedule(schedule.getKey(), schedule.getValue())).toList(),
                        timeOff.getOrDefault(entry.getKey(), List.of())))
                .toList();
    }
}
