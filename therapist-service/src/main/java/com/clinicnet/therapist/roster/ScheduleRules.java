package com.clinicnet.therapist.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.therapist.clinic.Clinic;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WorkingCalendar;
import com.clinicnet.workingtime.WorkingInterval;

/**
 * What makes a weekly schedule workable: every shift at a clinic the therapist works at, inside its opening hours,
 * long enough for its shortest session, and no two shifts at once, also across clinics in different zones (checked
 * in real time over a whole year, so both clock changes are covered). Plain Java, tested without Spring.
 */
final class ScheduleRules {

    private static final int WEEKS_CHECKED = 53;

    private ScheduleRules() {
    }

    static void requireWorkable(ScheduleRequest request, Therapist therapist, Map<UUID, Clinic> clinics, LocalDate today) {
        if (request.effectiveFrom().isBefore(today)) {
            throw new RuleViolationException("effectiveFrom", "A schedule cannot start in the past; it would rewrite history");
        }
        for (int i = 0; i < request.shifts().size(); i++) {
            requireWorkable(request.shifts().get(i), "shifts[" + i + "]", therapist, clinics);
        }
        requireNoOverlap(request.toSchedule(), clinics);
    }

    private static void requireWorkable(ScheduleRequest.ShiftRequest shift, String field, Therapist therapist,
            Map<UUID, Clinic> clinics) {
        if (!shift.starts().isBefore(shift.ends())) {
            throw new RuleViolationException(field, "A shift must end after it starts, on the same day");
        }
        if (!therapist.clinicIds().contains(shift.clinicId()) || !clinics.containsKey(shift.clinicId())) {
            throw new RuleViolationException(field, "The therapist does not work at clinic " + shift.clinicId());
        }
        Clinic clinic = clinics.get(shift.clinicId());
        if (!clinic.isOpen(shift.weekday(), shift.starts(), shift.ends())) {
            throw new RuleViolationException(field, "The shift " + shift.weekday() + " " + shift.starts() + "-"
                    + shift.ends() + " is outside the opening hours of " + clinic.name());
        }
        if (java.time.Duration.between(shift.starts(), shift.ends()).compareTo(clinic.shortestSession()) < 0) {
            throw new RuleViolationException(field, "The shift is shorter than the shortest session ("
                    + clinic.shortestSession().toMinutes() + " min)");
        }
    }

    private static void requireNoOverlap(WeeklySchedule schedule, Map<UUID, Clinic> clinics) {
        Map<UUID, ZoneId> zones = clinics.values().stream().collect(Collectors.toMap(Clinic::id, Clinic::timeZone));
        List<WorkingInterval> year = WorkingCalendar.expand(List.of(schedule), zones, List.of(),
                schedule.effectiveFrom(), schedule.effectiveFrom().plusWeeks(WEEKS_CHECKED));
        WorkingCalendar.firstOverlap(year).ifPresent(pair -> {
            throw new RuleViolationException("shifts", "Two shifts overlap: " + describe(pair.get(0)) + " and "
                    + describe(pair.get(1)));
        });
    }

    private static String describe(WorkingInterval interval) {
        return interval.starts().getDayOfWeek() + " " + interval.starts().toLocalTime() + "-"
                + interval.ends().toLocalTime() + " (" + interval.starts().getZone() + ")";
    }
}
