package com.clinicnet.therapist.roster;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

@Repository
class TherapistRepository {

    private final JdbcClient jdbc;

    TherapistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Therapist therapist) {
        jdbc.sql("""
                        INSERT INTO therapist (id, name, active, version, licence_number, licence_issuer, languages)
                        VALUES (:id, :name, :active, :version, :licence, :issuer, :languages)
                        """)
                .params(columns(therapist))
                .update();
        insertClinicsAndSpecialties(therapist);
    }

    void update(Therapist therapist) {
        jdbc.sql("""
                        UPDATE therapist SET name = :name, active = :active, version = :version,
                               licence_number = :licence, licence_issuer = :issuer, languages = :languages
                        WHERE id = :id
                        """)
                .params(columns(therapist))
                .update();
        jdbc.sql("DELETE FROM therapist_clinic WHERE therapist_id = :id").param("id", therapist.id()).update();
        jdbc.sql("DELETE FROM therapist_specialty WHERE therapist_id = :id").param("id", therapist.id()).update();
        insertClinicsAndSpecialties(therapist);
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM therapist WHERE id = :id").param("id", id).update();
    }

    Optional<Therapist> find(UUID id) {
        return jdbc.sql("SELECT * FROM therapist WHERE id = :id").param("id", id).query((row, n) -> new Therapist(id,
                        row.getString("name"), credentials(row.getString("licence_number"), row.getString("licence_issuer")),
                        Arrays.asList((String[]) row.getArray("languages").getArray()), row.getBoolean("active"),
                        new HashSet<>(clinicsOf(id)), specialtiesOf(id), row.getLong("version")))
                .optional();
    }

    Optional<Therapist> findForUpdate(UUID id) {
        jdbc.sql("SELECT id FROM therapist WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
        return find(id);
    }

    /** Active therapists, narrowed by clinic and by specialty at a minimum level when given. */
    List<Therapist> search(UUID clinicId, String specialty, Integer minLevel) {
        return jdbc.sql("""
                        SELECT t.id FROM therapist t
                        WHERE t.active
                          AND (CAST(:clinic AS uuid) IS NULL OR EXISTS
                               (SELECT 1 FROM therapist_clinic c WHERE c.therapist_id = t.id AND c.clinic_id = :clinic))
                          AND (CAST(:specialty AS text) IS NULL OR EXISTS
                               (SELECT 1 FROM therapist_specialty s WHERE s.therapist_id = t.id
                                  AND s.specialty_code = :specialty AND s.level >= :minLevel))
                        ORDER BY t.name
                        """)
                .param("clinic", clinicId).param("specialty", specialty)
                .param("minLevel", minLevel == null ? Therapist.TRAINED : minLevel)
                .query(UUID.class).list().stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** Replaces the schedule that takes effect on that date (other schedules stay as they are). */
    void replaceSchedule(UUID therapistId, WeeklySchedule schedule) {
        jdbc.sql("DELETE FROM therapist_shift WHERE therapist_id = :id AND effective_from = :from")
                .param("id", therapistId).param("from", schedule.effectiveFrom()).update();
        jdbc.sql("""
                        INSERT INTO therapist_schedule (therapist_id, effective_from) VALUES (:id, :from)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", therapistId).param("from", schedule.effectiveFrom()).update();
        schedule.shifts().forEach(shift -> jdbc.sql("""
                        INSERT INTO therapist_shift (therapist_id, effective_from, clinic_id, weekday, starts, ends)
                        VALUES (:id, :from, :clinic, :weekday, :starts, :ends)
                        """)
                .param("id", therapistId).param("from", schedule.effectiveFrom()).param("clinic", shift.clinicId())
                .param("weekday", shift.weekday().name()).param("starts", shift.starts()).param("ends", shift.ends())
                .update());
    }

    /** Every schedule of the therapist, oldest first. */
    List<WeeklySchedule> schedules(UUID therapistId) {
        Map<LocalDate, List<WeeklyShift>> byDate = new LinkedHashMap<>();
        jdbc.sql("SELECT effective_from FROM therapist_schedule WHERE therapist_id = :id ORDER BY effective_from")
                .param("id", therapistId).query(LocalDate.class).list()
                .forEach(date -> byDate.put(date, new ArrayList<>()));
        jdbc.sql("""
                        SELECT * FROM therapist_shift WHERE therapist_id = :id ORDER BY effective_from, weekday, starts
                        """)
                .param("id", therapistId)
                .query((row, n) -> {
                    byDate.get(row.getDate("effective_from").toLocalDate()).add(new WeeklyShift(
                            row.getObject("clinic_id", UUID.class), DayOfWeek.valueOf(row.getString("weekday")),
                            row.getTime("starts").toLocalTime(), row.getTime("ends").toLocalTime()));
                    return null;
                })
                .list();
        return byDate.entrySet().stream().map(entry -> new WeeklySchedule(entry.getKey(), entry.getValue())).toList();
    }

    void addTimeOff(UUID therapistId, TimeOff timeOff) {
        jdbc.sql("""
                        INSERT INTO therapist_time_off (id, therapist_id, starts_at, ends_at, reason)
                        VALUES (:id, :therapist, :from, :to, :reason)
                        """)
                .param("id", timeOff.id()).param("therapist", therapistId)
                .param("from", Timestamp.from(timeOff.from())).param("to", Timestamp.from(timeOff.to()))
                .param("reason", timeOff.reason())
                .update();
    }

    boolean removeTimeOff(UUID therapistId, UUID timeOffId) {
        return jdbc.sql("DELETE FROM therapist_time_off WHERE id = :id AND therapist_id = :therapist")
                .param("id", timeOffId).param("therapist", therapistId).update() == 1;
    }

    /** Time off that has not ended by the given instant, soonest first. */
    List<TimeOff> timeOffEndingAfter(UUID therapistId, Instant after) {
        return jdbc.sql("""
                        SELECT * FROM therapist_time_off WHERE therapist_id = :id AND ends_at > :after
                        ORDER BY starts_at
                        """)
                .param("id", therapistId).param("after", Timestamp.from(after))
                .query((row, n) -> new TimeOff(row.getObject("id", UUID.class),
                        row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
                        row.getString("reason")))
                .list();
    }

    private void insertClinicsAndSpecialties(Therapist therapist) {
        therapist.clinicIds().forEach(clinicId -> jdbc
                .sql("INSERT INTO therapist_clinic (therapist_id, clinic_id) VALUES (:therapist, :clinic)")
                .param("therapist", therapist.id()).param("clinic", clinicId).update());
        therapist.specialties().forEach(specialty -> jdbc.sql("""
                        INSERT INTO therapist_specialty (therapist_id, specialty_code, level)
                        VALUES (:therapist, :code, :level)
                        """)
                .param("therapist", therapist.id()).param("code", specialty.code())
                .param("level", specialty.level()).update());
    }

    private static Map<String, Object> columns(Therapist therapist) {
        Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("id", therapist.id());
        columns.put("name", therapist.name());
        columns.put("active", therapist.active());
        columns.put("version", therapist.version());
        columns.put("licence", therapist.credentials() == null ? null : therapist.credentials().licenceNumber());
        columns.put("issuer", therapist.credentials() == null ? null : therapist.credentials().issuingBody());
        columns.put("languages", therapist.languages().toArray(String[]::new));
        return columns;
    }

    private static Therapist.Credentials credentials(String licence, String issuer) {
        return licence == null ? null : new Therapist.Credentials(licence, issuer);
    }

    private List<UUID> clinicsOf(UUID id) {
        return jdbc.sql("SELECT clinic_id FROM therapist_clinic WHERE therapist_id = :id").param("id", id)
                .query(UUID.class).list();
    }

    private List<Therapist.SpecialtyLevel> specialtiesOf(UUID id) {
        return jdbc.sql("""
                        SELECT specialty_code, level FROM therapist_specialty
                        WHERE therapist_id = :id ORDER BY level DESC, specialty_code
                        """)
                .param("id", id)
                .query((row, n) -> new Therapist.SpecialtyLevel(row.getString("specialty_code"), row.getInt("level")))
                .list();
    }
}
