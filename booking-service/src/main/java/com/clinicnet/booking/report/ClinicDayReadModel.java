package com.clinicnet.booking.report;

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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

/**
 * Reads the report from booking's own tables. The day's figures are counted and grouped in PostgreSQL (one range
 * scan per clinic and figure on the indexes of V13), never by loading sessions: {@link #FIGURES} is the definition,
 * and the Grafana dashboard "Clinic days" runs the same statement.
 */
@Repository
class ClinicDayReadModel {

    /**
     * Every instant counts on the clinic's own date at that instant ({@code AT TIME ZONE}), so a day the clocks change
     * is 23 or 25 hours long. The index is scanned from the clinic's midnight a day before {@code :from} to its
     * midnight two days after {@code :to}, and the rows kept are those whose local date is in the period: a bound
     * computed from a local midnight alone would be wrong where midnight happens twice or not at all (the Azores
     * turn their clocks back from 01:00 to 00:00).
     */
    static final String FIGURES = """
            WITH reported AS (
              SELECT id, time_zone,
                     (CAST(:from AS date) - 1)::timestamp AT TIME ZONE time_zone AS scan_from,
                     (CAST(:to AS date) + 2)::timestamp AT TIME ZONE time_zone AS scan_to
              FROM clinic_view
              WHERE CAST(:clinic AS uuid) IS NULL OR id = CAST(:clinic AS uuid)
            ),
            figures AS (
              SELECT s.clinic_id, (s.booked_at AT TIME ZONE r.time_zone)::date AS day,
                     count(*) AS sessions_booked, 0 AS sessions_scheduled, 0 AS completed, 0 AS cancelled,
                     0 AS late_cancelled, 0 AS no_shows, 0 AS booked_minutes, 0 AS plans_started,
                     0 AS plans_completed, 0 AS follow_ups_raised, 0 AS follow_ups_converted
              FROM reported r
              JOIN session s ON s.clinic_id = r.id AND s.booked_at >= r.scan_from AND s.booked_at < r.scan_to
              GROUP BY 1, 2
              UNION ALL
              SELECT s.clinic_id, (s.starts_at AT TIME ZONE r.time_zone)::date,
                     0, count(*),
                     count(*) FILTER (WHERE s.status = 'COMPLETED'),
                     count(*) FILTER (WHERE s.status = 'CANCELLED'),
                     count(*) FILTER (WHERE s.status = 'CANCELLED' AND s.late_cancellation),
                     count(*) FILTER (WHERE s.status = 'NO_SHOW'),
                     coalesce(sum(s.duration_minutes) FILTER (WHERE s.status <> 'CANCELLED'), 0),
                     0, 0, 0, 0
              FROM reported r
              JOIN session s ON s.clinic_id = r.id AND s.starts_at >= r.scan_from AND s.starts_at < r.scan_to
              GROUP BY 1, 2
              UNION ALL
              SELECT p.clinic_id, (p.created_at AT TIME ZONE r.time_zone)::date, 0, 0, 0, 0, 0, 0, 0, count(*), 0, 0, 0
              FROM reported r
              JOIN treatment_plan p ON p.clinic_id = r.id AND p.created_at >= r.scan_from AND p.created_at < r.scan_to
              GROUP BY 1, 2
              UNION ALL
              SELECT p.clinic_id, (p.completed_at AT TIME ZONE r.time_zone)::date, 0, 0, 0, 0, 0, 0, 0, 0, count(*), 0, 0
              FROM reported r
              JOIN treatment_plan p ON p.clinic_id = r.id AND p.completed_at >= r.scan_from
                                     AND p.completed_at < r.scan_to
              GROUP BY 1, 2
              UNION ALL
              -- a follow-up knows its clinic only through its plan: found by the instant it was raised, within the
              -- widest of the clinics' scans, then kept for its own clinic's dates
              SELECT p.clinic_id, (f.raised_at AT TIME ZONE r.time_zone)::date, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                     count(*), count(*) FILTER (WHERE f.state = 'CONVERTED')
              FROM follow_up f
              JOIN treatment_plan p ON p.id = f.plan_id
              JOIN reported r ON r.id = p.clinic_id
              WHERE f.raised_at >= (SELECT min(scan_from) FROM reported)
                AND f.raised_at < (SELECT max(scan_to) FROM reported)
              GROUP BY 1, 2
            )
            SELECT clinic_id, day, sum(sessions_booked) AS sessions_booked, sum(sessions_scheduled) AS sessions_scheduled,
                   sum(completed) AS completed, sum(cancelled) AS cancelled, sum(late_cancelled) AS late_cancelled,
                   sum(no_shows) AS no_shows, sum(booked_minutes) AS booked_minutes, sum(plans_started) AS plans_started,
                   sum(plans_completed) AS plans_completed, sum(follow_ups_raised) AS follow_ups_raised,
                   sum(follow_ups_converted) AS follow_ups_converted
            FROM figures
            WHERE day BETWEEN CAST(:from AS date) AND CAST(:to AS date)
            GROUP BY clinic_id, day
            """;

    private final JdbcClient jdbc;

    ClinicDayReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** The figures of every clinic date on which something happened; other dates have none. */
    Map<ClinicDate, DayFigures> figures(ReportPeriod period, UUID clinicId) {
        Map<ClinicDate, DayFigures> figures = new HashMap<>();
        jdbc.sql(FIGURES)
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
