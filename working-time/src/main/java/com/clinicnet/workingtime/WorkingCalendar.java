package com.clinicnet.workingtime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns weekly schedules into the real intervals a therapist works, minus time off.
 *
 * <p>Clock changes follow two stated rules. A shift is worked by the clock on the wall, so 09:00–17:00 is eight
 * real hours on the days the clocks change too. A shift boundary that falls in the hour skipped when clocks go
 * forward moves to the end of that gap (a shift from 02:30 starts at 03:00, when the clock jumps); in the hour
 * that happens twice when clocks go back, a shift starts at the first 01:30 and ends at the second, so no booked
 * time is ever lost.
 */
public final class WorkingCalendar {

    private WorkingCalendar() {
    }

    /**
     * The working intervals of every local date from {@code from} to {@code to} (both included), in each clinic's
     * zone, ordered by start.
     */
    public static List<WorkingInterval> expand(List<WeeklySchedule> schedules, Map<UUID, ZoneId> clinicZones,
            List<Absence> timeOff, LocalDate from, LocalDate to) {
        List<WorkingInterval> intervals = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate date = day;
            inForceOn(schedules, date).ifPresent(schedule -> schedule.shifts().stream()
                    .filter(shift -> shift.weekday() == date.getDayOfWeek())
                    .filter(shift -> clinicZones.containsKey(shift.clinicId()))
                    .map(shift -> on(date, shift, clinicZones.get(shift.clinicId())))
                    .forEach(interval -> intervals.addAll(minus(interval, timeOff))));
        }
        intervals.sort(Comparator.comparing(interval -> interval.starts().toInstant()));
        return intervals;
    }

    /** The schedule in force on a date: the latest that took effect on or before it. */
    public static Optional<WeeklySchedule> inForceOn(List<WeeklySchedule> schedules, LocalDate date) {
        return schedules.stream()
                .filter(schedule -> !schedule.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(WeeklySchedule::effectiveFrom));
    }

    /** One shift on one date, by the rules above. */
    public static WorkingInterval on(LocalDate date, WeeklyShift shift, ZoneId zone) {
        return new WorkingInterval(shift.clinicId(), startAt(date.atTime(shift.starts()), zone),
                endAt(date.atTime(shift.ends()), zone));
    }

    static ZonedDateTime startAt(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getDateTimeAfter().atZone(zone);
        }
        return ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap();
    }

    static ZonedDateTime endAt(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getDateTimeAfter().atZone(zone);
        }
        return ZonedDateTime.ofLocal(local, zone, null).withLaterOffsetAtOverlap();
    }

    private static List<WorkingInterval> minus(WorkingInterval interval, List<Absence> timeOff) {
        List<WorkingInterval> pieces = new ArrayList<>(List.of(interval));
        for (Absence absence : timeOff) {
            List<WorkingInterval> next = new ArrayList<>();
            for (WorkingInterval piece : pieces) {
                if (!piece.overlaps(absence)) {
                    next.add(piece);
                    continue;
                }
                Instant start = piece.starts().toInstant();
                Instant end = piece.ends().toInstant();
                if (start.isBefore(absence.from())) {
                    next.add(piece.between(start, absence.from()));
                }
                if (absence.to().isBefore(end)) {
                    next.add(piece.between(absence.to(), end));
                }
            }
            pieces = next;
        }
        return pieces.stream().filter(piece -> piece.starts().isBefore(piece.ends())).toList();
    }

    /** The first two intervals that overlap in real time, if any (shifts at clinics in different zones included). */
    public static Optional<List<WorkingInterval>> firstOverlap(List<WorkingInterval> intervals) {
        List<WorkingInterval> ordered = new ArrayList<>(intervals);
        ordered.sort(Comparator.comparing(interval -> interval.starts().toInstant()));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i - 1).overlaps(ordered.get(i))) {
                return Optional.of(List.of(ordered.get(i - 1), ordered.get(i)));
            }
        }
        return Optional.empty();
    }
}
