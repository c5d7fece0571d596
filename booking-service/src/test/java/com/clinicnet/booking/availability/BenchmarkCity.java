package com.clinicnet.booking.availability;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

/**
 * The city of the availability benchmark (docs/benchmarks.md), as the read model would hand it to {@link SlotFinder}: clinics of
 * ten therapists in Lisbon, each working Monday to Saturday 08:00–20:00 in a room of their own, and their booked
 * sessions of one fortnight. Built the same way every time (no random ids, no clock), so runs compare.
 */
record BenchmarkCity(List<ClinicView> clinics, List<TherapistView> therapists, List<Occupancy> occupancy) {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final String SPECIALTY = "LOWER_BACK";
    static final int THERAPISTS_PER_CLINIC = 10;
    static final Duration SESSION = Duration.ofMinutes(60);
    static final Duration BUFFER = Duration.ofMinutes(10);
    static final int FORTNIGHT_DAYS = 14;

    private static final Set<Integer> SESSION_TYPES = Set.of(30, 60, 90);
    private static final LocalTime OPENS = LocalTime.of(8, 0);
    private static final LocalTime CLOSES = LocalTime.of(20, 0);
    private static final Duration GRID = Duration.ofMinutes(15);
    private static final int SPECIALTY_LEVELS = 3;
    private static final LocalDate SCHEDULE_SINCE = LocalDate.of(2027, 1, 1);

    /** With as many sessions per therapist as asked for, or as fit in the fortnight if fewer. */
    static BenchmarkCity of(int therapistCount, LocalDate firstDay, int sessionsPerTherapist) {
        List<ClinicView> clinics = new ArrayList<>();
        List<TherapistView> therapists = new ArrayList<>();
        List<Occupancy> occupancy = new ArrayList<>();
        List<LocalDateTime> sessionStarts = sessionStarts(firstDay);
        int booked = Math.min(sessionsPerTherapist, sessionStarts.size());
        for (int t = 0; t < therapistCount; t++) {
            if (t % THERAPISTS_PER_CLINIC == 0) {
                clinics.add(clinic(t / THERAPISTS_PER_CLINIC));
            }
            ClinicView clinic = clinics.getLast();
            TherapistView therapist = therapist(t, clinic);
            therapists.add(therapist);
            for (int s = 0; s < booked; s++) {
                // spread evenly over the fortnight, and each therapist's free hours a session later than the previous one's
                LocalDateTime start = sessionStarts.get((s * sessionStarts.size() / booked + t) % sessionStarts.size());
                occupancy.add(new Occupancy(therapist.id(), clinic.id(), 1 + t % THERAPISTS_PER_CLINIC,
                        start.atZone(LISBON).toInstant(), start.plus(SESSION).plus(BUFFER).atZone(LISBON).toInstant()));
            }
        }
        return new BenchmarkCity(List.copyOf(clinics), List.copyOf(therapists), List.copyOf(occupancy));
    }

    /** Every session a therapist could have in the fortnight, back to back (each with its buffer) on the grid. */
    private static List<LocalDateTime> sessionStarts(LocalDate firstDay) {
        long gridStepsPerSession = (SESSION.plus(BUFFER).toMinutes() + GRID.toMinutes() - 1) / GRID.toMinutes();
        Duration cadence = GRID.multipliedBy(gridStepsPerSession);
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalDate day = firstDay; day.isBefore(firstDay.plusDays(FORTNIGHT_DAYS)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (LocalTime start = OPENS; !start.plus(SESSION).isAfter(CLOSES); start = start.plus(cadence)) {
                starts.add(day.atTime(start));
            }
        }
        return starts;
    }

    private static ClinicView clinic(int c) {
        return new ClinicView(id("clinic " + c), "Clinic " + c, "Lisbon", LISBON, THERAPISTS_PER_CLINIC, BUFFER, Duration.ofHours(24), SESSION_TYPES);
    }

    private static TherapistView therapist(int t, ClinicView clinic) {
        List<WeeklyShift> week = Arrays.stream(DayOfWeek.values())
                .filter(day -> day != DayOfWeek.SUNDAY)
                .map(day -> new WeeklyShift(clinic.id(), day, OPENS, CLOSES))
                .toList();
        return new TherapistView(id("therapist " + t), "Therapist " + t, true, Set.of(clinic.id()),
                Map.of(SPECIALTY, 1 + t % SPECIALTY_LEVELS), List.of(new WeeklySchedule(SCHEDULE_SINCE, week)), List.of());
    }

    /** Random-looking like the real ids (they are hashed and compared as strings), yet the same on every run. */
    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
