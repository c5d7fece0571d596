package com.clinicnet.booking.clinicday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.clinicnet.platform.problem.BadRequestException;

/**
 * Days of the calendar, first to last inclusive, as the front desk and the therapists name them: local dates, which
 * become instants only in a clinic's zone. A day there is not always 24 hours: the spring change makes one of 23, the
 * autumn change one of 25, so the range is from one local midnight to the next, never "plus 24 hours".
 */
record CalendarDays(LocalDate first, LocalDate last) {

    /** One day, as the desk's day view asks for it. */
    static CalendarDays of(LocalDate day) {
        return new CalendarDays(day, day);
    }

    /** A range as asked for; refused (400, naming {@code to}) the wrong way round or longer than {@code maxDays}. */
    static CalendarDays between(LocalDate from, LocalDate to, int maxDays) {
        if (to.isBefore(from)) {
            throw new BadRequestException("to", "must be on or after from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
            throw new BadRequestException("to", "A schedule covers at most " + maxDays + " days");
        }
        return new CalendarDays(from, to);
    }

    /** The first instant of the first day in the zone: its local midnight (or the first moment after a gap). */
    Instant startIn(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The instant the day after the last begins in the zone: the exclusive end of the range. */
    Instant endIn(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The earliest instant any zone's first day begins: where the day begins first on Earth (UTC+18, the most any
     * zone may be ahead). With {@link #latestEnd()} it bounds sessions at clinics of any zone, to be narrowed to each
     * clinic's own local dates.
     */
    Instant earliestStart() {
        return first.atStartOfDay(ZoneOffset.MAX).toInstant();
    }

    /** The latest instant any zone's last day ends: where it ends last (UTC-18). */
    Instant latestEnd() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.MIN).toInstant();
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
