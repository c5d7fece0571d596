package com.clinicnet.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.workingtime.WorkingCalendar;
import com.clinicnet.workingtime.WorkingInterval;

/**
 * How much of a clinic's working time today is booked: the time its therapists' held sessions take inside their
 * shifts at the clinic (time off removed), over the length of those shifts, summed over the therapists. "Today" is
 * the clinic's own date, and shifts are worked by its wall clock as {@link WorkingCalendar} rules, so on the days
 * the clocks change a shift is as long in real time as it really is. Only time inside a shift counts as booked, so
 * a session left outside a shift that changed later never takes the ratio above 1. A clinic with no shift time
 * today reads 0: nothing of nothing is used. Plain Java, no I/O.
 */
final class ShiftUtilisation {

    private ShiftUtilisation() {
    }

    /** The instants that every clinic's today lies within: what the sessions handed to {@link #today} must cover. */
    static Window todayAcross(Instant now, List<ClinicView> clinics) {
        Instant from = now;
        Instant to = now;
        for (ClinicView clinic : clinics) {
            LocalDate today = LocalDate.ofInstant(now, clinic.timeZone());
            Instant start = today.atStartOfDay(clinic.timeZone()).toInstant();
            Instant end = today.plusDays(1).atStartOfDay(clinic.timeZone()).toInstant();
            from = start.isBefore(from) ? start : from;
            to = end.isAfter(to) ? end : to;
        }
        return new Window(from, to);
    }

    /** Each clinic's utilisation on its own date at {@code now}, by clinic id. */
    static Map<UUID, Double> today(Instant now, List<ClinicView> clinics, List<TherapistView> therapists,
            List<HeldSession> sessions) {
        Map<UUID, Double> ratios = new HashMap<>();
        for (ClinicView clinic : clinics) {
            ratios.put(clinic.id(), on(LocalDate.ofInstant(now, clinic.timeZone()), clinic, therapists, sessions));
        }
        return ratios;
    }

    /** One clinic's utilisation on one of its dates. */
    static double on(LocalDate day, ClinicView clinic, List<TherapistView> therapists, List<HeldSession> sessions) {
        Duration working = Duration.ZERO;
        Duration booked = Duration.ZERO;
        for (TherapistView therapist : therapists) {
            if (!therapist.clinicIds().contains(clinic.id())) {
                continue;
            }
            List<WorkingInterval> shifts = WorkingCalendar.expand(therapist.schedules(),
                    Map.of(clinic.id(), clinic.timeZone()), therapist.timeOff(), day, day);
            List<HeldSession> held = merged(sessions.stream()
                    .filter(session -> session.therapistId().equals(therapist.id())
                            && session.clinicId().equals(clinic.id()))
                    .toList());
            for (WorkingInterval shift : shifts) {
                working = working.plus(shift.length());
                for (HeldSession session : held) {
                    booked = booked.plus(overlap(shift, session));
                }
            }
        }
        return working.isZero() ? 0.0 : (double) booked.toMillis() / working.toMillis();
    }

    /** A therapist's sessions as disjoint stretches, so time is never counted twice. */
    private static List<HeldSession> merged(List<HeldSession> sessions) {
        List<HeldSession> ordered = new ArrayList<>(sessions);
        ordered.sort(Comparator.comparing(HeldSession::starts));
        List<HeldSession> stretches = new ArrayList<>();
        for (HeldSession session : ordered) {
            HeldSession last = stretches.isEmpty() ? null : stretches.getLast();
            if (last != null && !session.starts().isAfter(last.ends())) {
                Instant ends = session.ends().isAfter(last.ends()) ? session.ends() : last.ends();
                stretches.set(stretches.size() - 1, new HeldSession(last.therapistId(), last.clinicId(), last.starts(), ends));
            }
            else {
                stretches.add(session);
            }
        }
        return stretches;
    }

    private static Duration overlap(WorkingInterval shift, HeldSession session) {
        Instant from = later(shift.starts().toInstant(), session.starts());
        Instant to = earlier(shift.ends().toInstant(), session.ends());
        return from.isBefore(to) ? Duration.between(from, to) : Duration.ZERO;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** From one instant to another. */
    record Window(Instant from, Instant to) {
    }
}
