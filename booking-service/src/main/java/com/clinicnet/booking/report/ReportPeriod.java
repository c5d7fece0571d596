package com.clinicnet.booking.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.clinicnet.platform.problem.BadRequestException;

/**
 * The local dates a report covers, both included. Each clinic reads them on its own calendar, so one date is a
 * different stretch of time at clinics in different zones, and 23 or 25 hours where the clocks change.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    /** Refuses (400, naming the parameter) a period the wrong way round or longer than {@code maxDays}. */
    static ReportPeriod of(LocalDate from, LocalDate to, int maxDays) {
        if (from.isAfter(to)) {
            throw new BadRequestException("from", "must be on or before to");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
            throw new BadRequestException("to", "A report covers at most " + maxDays + " days");
        }
        return new ReportPeriod(from, to);
    }

    List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** The first instant of the period at a clinic in that zone. */
    Instant startIn(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period at a clinic in that zone. */
    Instant endIn(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
