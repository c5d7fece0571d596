package com.clinicnet.booking.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

/**
 * Reads the report from booking's own tables. The day's figures are counted and grouped in PostgreSQL (one range
 * scan per clinic, date and figure on the indexes of V13), never by loading sessions. The statement is
 * {@code report/clinic-days.sql}, which the Grafana dashboard "Clinic days" runs too.
 */
@Repository
class ClinicDayReadModel {

    private final JdbcClient jdbc;
    /** The statement of {@code report/clinic-days.sql}: the definition of the figures, shared with Grafana. */
    private final String figuresStatement;

    ClinicDayReadModel(JdbcClient jdbc, @Value("classpath:report/clinic-days.sql") Resource figures) throws IOException {
        this.jdbc = jdbc;
        this.figuresStatement = figures.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The clinic asked for, or every clinic booking knows, by name. */
    List<ReportedClinic> clinics(UUID clinicId) {
        return jdbc.sql("""
                        SELECT id, name, city, time_zone FROM clinic_view
                        WHERE CAST(:clinic AS uuid) IS NULL OR id = CAST(:clinic AS uuid)
                        ORDER BY name, id
                        """)
                .param("clinic", clinicId)
                .query((row, n) -> new ReportedClinic(row.getObject("id", UUID.class), row.getString("name"),
                        row.getString("city"), ZoneId.of(row.getString("time_zone"))))
                .list();
    }

    /** The figures of every date of the period at each clinic, in one statement. */
    Map<ClinicDate, DayFigures> figures(ReportPeriod period, UUID clinicId) {
        Map<ClinicDate, DayFigures> figures = new HashMap<>();
        // How many clinics and dates a report covers decides the best plan; the plan PostgreSQL keeps for any values
        // once a statement has run five times took three times as long at a million sessions (docs/benchmarks.md)
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        jdbc.sql(figuresStatement)
                .param("from", Date.valueOf(period.from())).param("to", Date.valueOf(period.to()))
                .param("clinic", clinicId)
                .query((row, n) -> figures.put(
                        new ClinicDate(row.getObject("clinic_id", UUID.class), row.getDate("day").toLocalDate()),
                        new DayFigures(row.getLong("sessions_booked"), row.getLong("sessions_scheduled"),
                                row.getLong("completed"), row.getLong("cancelled"), row.getLong("late_cancelled"),
                                row.getLong("no_shows"), row.getLong("booked_minutes"), row.getLong("plans_started"),
                                row.getLong("plans_completed"), row.getLong("follow_ups_raised"),
                                row.getLong("follow_ups_converted"))))
                .list();
        return figures;
    }

    /**
     * The schedules and the time off within {@code from}-{@code until} of the active therapists who work at any of
     * these clinics, in three statements however many therapists there are.
     */
    List<TherapistShifts> therapists(List<UUID> clinicIds, Instant from, Instant until) {
        UUID[] clinics = clinicIds.toArray(UUID[]::new);
        Map<UUID, Set<UUID>> clinicsOf = new HashMap<>();
        jdbc.sql("""
                        SELECT c.therapist_id, c.clinic_id FROM therapist_view_clinic c
                        JOIN therapist_view t ON t.id = c.therapist_id AND t.active
                        WHERE c.clinic_id = ANY(:clinics)
                        """)
                .param("clinics", clinics)
                .query((row, n) -> clinicsOf.computeIfAbsent(row.getObject("therapist_id", UUID.class),
                        k -> new HashSet<>()).add(row.getObject("clinic_id", UUID.class)))
                .list();
        if (clinicsOf.isEmpty()) {
            return List.of();
        }
        UUID[] ids = clinicsOf.keySet().toArray(UUID[]::new);
        Map<UUID, Map<LocalDate, List<WeeklyShift>>> shifts = new HashMap<>();
        jdbc.sql("SELECT * FROM therapist_view_shift WHERE therapist_id = ANY(:ids)")
                .param("ids", ids)
                .query((row, n) -> shifts.computeIfAbsent(row.getObject("therapist_id", UUID.class), k -> new TreeMap<>())
                        .computeIfAbsent(row.getDate("effective_from").toLocalDate(), k -> new ArrayList<>())
                        .add(new WeeklyShift(row.getObject("clinic_id", UUID.class),
                                DayOfWeek.valueOf(row.getString("weekday")), row.getTime("starts").toLocalTime(),
                                row.getTime("ends").toLocalTime())))
                .list();
        Map<UUID, List<Absence>> timeOff = new HashMap<>();
        jdbc.sql("""
                        SELECT therapist_id, starts_at, ends_at FROM therapist_view_time_off
                        WHERE therapist_id = ANY(:ids) AND starts_at < :until AND ends_at > :from
                        """)
                .param("ids", ids).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query((row, n) -> timeOff.computeIfAbsent(row.getObject("therapist_id", UUID.class),
                        k -> new ArrayList<>()).add(new Absence(row.getTimestamp("starts_at").toInstant(),
                                row.getTimestamp("ends_at").toInstant())))
                .list();
        return clinicsOf.entrySet().stream()
                .map(therapist -> new TherapistShifts(therapist.getKey(), therapist.getValue(),
                        shifts.getOrDefault(therapist.getKey(), Map.of()).entrySet().stream()
                                .map(schedule -> new WeeklySchedule(schedule.getKey(), schedule.getValue())).toList(),
                        timeOff.getOrDefault(therapist.getKey(), List.of())))
                .toList();
    }
}
