package com.clinicnet.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

class ShiftUtilisationTests {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);
    static final double EXACTLY = 1e-9;

    final ClinicView baixa = clinic(LISBON);

    @Test
    void half_of_a_shift_booked_is_a_utilisation_of_one_half() {
        TherapistView ana = therapist(baixa, List.of(), shift(baixa, DayOfWeek.MONDAY, "09:00", "17:00"));

        double utilisation = ShiftUtilisation.on(MONDAY, baixa, List.of(ana), List.of(
                session(ana, baixa, MONDAY, "09:00", "11:00", LISBON),
                session(ana, baixa, MONDAY, "14:00", "16:00", LISBON)));

        assertThat(utilisation).isCloseTo(0.5, within(EXACTLY));
    }

    @Test
    void the_clinic_sums_its_therapists_minutes_rather_than_averaging_their_ratios() {
        TherapistView ana = therapist(baixa, List.of(), shift(baixa, DayOfWeek.MONDAY, "09:00", "17:00"));
        TherapistView rui = therapist(baixa, List.of(), shift(baixa, DayOfWeek.MONDAY, "09:00", "13:00"));

        double utilisation = ShiftUtilisation.on(MONDAY, baixa, List.of(ana, rui), List.of(
                session(ana, baixa, MONDAY, "09:00", "13:00", LISBON)));

        assertThat(utilisation).as("4 booked hours of 12 worked").isCloseTo(4.0 / 12, within(EXACTLY));
    }

    @Test
    void booked_time_outside_the_shift_or_at_another_clinic_does_not_count() {
        ClinicView chiado = clinic(LISBON);
        TherapistView ana = therapist(Set.of(baixa, chiado), List.of(),
                schedule(shift(baixa, DayOfWeek.MONDAY, "09:00", "13:00"), shift(chiado, DayOfWeek.MONDAY, "14:00", "18:00")));

        double utilisation = ShiftUtilisation.on(MONDAY, baixa, List.of(ana), List.of(
                session(ana, baixa, MONDAY, "12:00", "14:00", LISBON),
                session(ana, chiado, MONDAY, "15:00", "16:00", LISBON)));

        assertThat(utilisation).as("only 12:00-13:00 is inside the shift at Baixa").isCloseTo(0.25, within(EXACTLY));
    }

    @Test
    void overlapping_sessions_of_one_therapist_are_counted_once_so_the_ratio_never_passes_one() {
        TherapistView ana = therapist(baixa, List.of(), shift(baixa, DayOfWeek.MONDAY, "09:00", "11:00"));

        double utilisation = ShiftUtilisation.on(MONDAY, baixa, List.of(ana), List.of(
                session(ana, baixa, MONDAY, "09:00", "11:00", LISBON),
                session(ana, baixa, MONDAY, "10:00", "11:00", LISBON)));

        assertThat(utilisation).isCloseTo(1.0, within(EXACTLY));
    }

    @Test
    void time_off_is_not_working_time() {
        Absence dentist = new Absence(MONDAY.atTime(13, 0).atZone(LISBON).toInstant(),
                MONDAY.atTime(17, 0).atZone(LISBON).toInstant());
        TherapistView ana = therapist(baixa, List.of(dentist), shift(baixa, DayOfWeek.MONDAY, "09:00", "17:00"));

        double utilisation = ShiftUtilisation.on(MONDAY, baixa, List.of(ana), List.of(
                session(ana, baixa, MONDAY, "09:00", "11:00", LISBON)));

        assertThat(utilisation).as("2 booked hours of the 4 left").isCloseTo(0.5, within(EXACTLY));
    }

    @Test
    void a_clinic_without_shift_time_today_reads_zero() {
        TherapistView ana = therapist(baixa, List.of(), shift(baixa, DayOfWeek.TUESDAY, "09:00", "17:00"));

        assertThat(ShiftUtilisation.on(MONDAY, baixa, List.of(ana), List.of())).isZero();
        assertThat(ShiftUtilisation.on(MONDAY, baixa, List.of(), List.of())).isZero();
    }

    @Test
    void on_the_day_the_clocks_go_forward_a_shift_across_the_skipped_hour_is_an_hour_shorter() {
        // Lisbon skips 01:00-02:00 on 29 March 2026: 00:00-04:00 on the wall is 3 real hours
        TherapistView ana = therapist(baixa, List.of(), shift(baixa, DayOfWeek.SUNDAY, "00:00", "04:00"));
        HeldSession acrossTheJump = new HeldSession(ana.id(), baixa.id(), Instant.parse("2026-03-29T00:30:00Z"),
                Instant.parse("2026-03-29T01:30:00Z"));

        double utilisation = ShiftUtilisation.on(SPRING_FORWARD, baixa, List.of(ana), List.of(acrossTheJump));

        assertThat(utilisation).as("one real hour of three").isCloseTo(1.0 / 3, within(EXACTLY));
    }

    @Test
    void on_the_day_the_clocks_go_back_a_shift_across_the_repeated_hour_is_an_hour_longer() {
        // Lisbon lives 01:00-02:00 twice on 25 October 2026: 00:00-04:00 on the wall is 5 real hours
        TherapistView ana = therapist(baixa, List.of(), shift(baixa, DayOfWeek.SUNDAY, "00:00", "04:00"));
        HeldSession ninetyMinutes = new HeldSession(ana.id(), baixa.id(), Instant.parse("2026-10-25T00:30:00Z"),
                Instant.parse("2026-10-25T02:00:00Z"));

        double utilisation = ShiftUtilisation.on(FALL_BACK, baixa, List.of(ana), List.of(ninetyMinutes));

        assertThat(utilisation).as("1.5 real hours of 5").isCloseTo(0.3, within(EXACTLY));
    }

    @Test
    void today_is_each_clinics_own_date() {
        ClinicView midtown = clinic(NEW_YORK);
        TherapistView ana = therapist(baixa, List.of(), shift(baixa, DayOfWeek.TUESDAY, "09:00", "17:00"));
        TherapistView emily = therapist(midtown, List.of(), shift(midtown, DayOfWeek.MONDAY, "09:00", "17:00"));
        LocalDate tuesday = MONDAY.plusDays(1);
        // Tuesday 02:00 in Lisbon is still Monday 21:00 in New York
        Instant now = tuesday.atTime(2, 0).atZone(LISBON).toInstant();

        Map<UUID, Double> utilisation = ShiftUtilisation.today(now, List.of(baixa, midtown), List.of(ana, emily), List.of(
                session(ana, baixa, tuesday, "09:00", "13:00", LISBON),
                session(emily, midtown, MONDAY, "09:00", "11:00", NEW_YORK)));

        assertThat(utilisation.get(baixa.id())).isCloseTo(0.5, within(EXACTLY));
        assertThat(utilisation.get(midtown.id())).isCloseTo(0.25, within(EXACTLY));
    }

    @Test
    void the_window_to_load_sessions_for_spans_every_clinics_today() {
        ClinicView midtown = clinic(NEW_YORK);
        Instant now = MONDAY.plusDays(1).atTime(2, 0).atZone(LISBON).toInstant();

        ShiftUtilisation.Window window = ShiftUtilisation.todayAcross(now, List.of(baixa, midtown));

        assertThat(window.from()).as("New York's today, Monday, began first")
                .isEqualTo(MONDAY.atStartOfDay(NEW_YORK).toInstant());
        assertThat(window.to()).as("Lisbon's today, Tuesday, ends last")
                .isEqualTo(MONDAY.plusDays(2).atStartOfDay(LISBON).toInstant());
    }

    static ClinicView clinic(ZoneId zone) {
        return new ClinicView(UUID.randomUUID(), "Clinic", "Lisbon", zone, 2, Duration.ofMinutes(10), Duration.ofHours(24), Set.of(30, 60, 90));
    }

    static TherapistView therapist(ClinicView clinic, List<Absence> timeOff, WeeklyShift shift) {
        return new TherapistView(UUID.randomUUID(), "Therapist", true, Set.of(clinic.id()), Map.of(),
                List.of(schedule(shift)), timeOff);
    }

    static TherapistView therapist(Set<ClinicView> clinics, List<Absence> timeOff, WeeklySchedule schedule) {
        return new TherapistView(UUID.randomUUID(), "Therapist", true,
                Set.copyOf(clinics.stream().map(ClinicView::id).toList()), Map.of(), List.of(schedule), timeOff);
    }

    static WeeklySchedule schedule(WeeklyShift... shifts) {
        return new WeeklySchedule(LocalDate.of(2026, 1, 1), List.of(shifts));
    }

    static WeeklyShift shift(ClinicView clinic, DayOfWeek day, String starts, String ends) {
        return new WeeklyShift(clinic.id(), day, LocalTime.parse(starts), LocalTime.parse(ends));
    }

    static HeldSession session(TherapistView therapist, ClinicView clinic, LocalDate day, String starts,
            String ends, ZoneId zone) {
        return new HeldSession(therapist.id(), clinic.id(), day.atTime(LocalTime.parse(starts)).atZone(zone).toInstant(),
                day.atTime(LocalTime.parse(ends)).atZone(zone).toInstant());
    }
}
