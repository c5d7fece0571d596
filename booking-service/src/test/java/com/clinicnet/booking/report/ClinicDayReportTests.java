package com.clinicnet.booking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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

import com.clinicnet.platform.problem.BadRequestException;
import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

class ClinicDayReportTests {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final ZoneId AZORES = ZoneId.of("Atlantic/Azores");
    static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final int MAX_DAYS = 92;

    final ReportedClinic baixa = new ReportedClinic(UUID.randomUUID(), "Baixa", "Lisboa", LISBON);
    final ReportedClinic pontaDelgada = new ReportedClinic(UUID.randomUUID(), "Ponta Delgada", "Ponta Delgada", AZORES);

    @Test
    void the_spring_forward_day_in_lisbon_is_23_hours_from_its_midnight_to_the_next() {
        ReportPeriod day = ReportPeriod.of(SPRING_FORWARD, SPRING_FORWARD, MAX_DAYS);

        assertThat(Duration.between(day.startIn(LISBON), day.endIn(LISBON))).isEqualTo(Duration.ofHours(23));
        assertThat(day.startIn(LISBON)).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
    }

    @Test
    void the_fall_back_day_in_lisbon_is_25_hours_from_its_midnight_to_the_next() {
        ReportPeriod day = ReportPeriod.of(FALL_BACK, FALL_BACK, MAX_DAYS);

        assertThat(Duration.between(day.startIn(LISBON), day.endIn(LISBON))).isEqualTo(Duration.ofHours(25));
        assertThat(day.startIn(LISBON)).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
    }

    @Test
    void where_midnight_happens_twice_the_date_begins_at_the_first_one() {
        ReportPeriod day = ReportPeriod.of(FALL_BACK, FALL_BACK, MAX_DAYS);

        assertThat(day.startIn(AZORES)).as("00:00 at UTC+0, before 01:00 turns back to 00:00")
                .isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(Duration.between(day.startIn(AZORES), day.endIn(AZORES))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void where_midnight_never_happens_the_date_begins_when_the_clock_jumps() {
        ReportPeriod day = ReportPeriod.of(SPRING_FORWARD, SPRING_FORWARD, MAX_DAYS);

        assertThat(day.startIn(AZORES)).as("00:00 at UTC-1 jumps to 01:00 at UTC+0")
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(Duration.between(day.startIn(AZORES), day.endIn(AZORES))).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void one_date_is_a_different_stretch_of_time_at_a_clinic_in_another_zone() {
        ReportPeriod day = ReportPeriod.of(MONDAY, MONDAY, MAX_DAYS);

        assertThat(day.startIn(LISBON)).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(day.startIn(AZORES)).isEqualTo(Instant.parse("2026-12-07T01:00:00Z"));
    }

    @Test
    void a_period_covers_both_of_its_dates() {
        assertThat(ReportPeriod.of(SPRING_FORWARD.minusDays(1), SPRING_FORWARD.plusDays(1), MAX_DAYS).days())
                .containsExactly(SPRING_FORWARD.minusDays(1), SPRING_FORWARD, SPRING_FORWARD.plusDays(1));
    }

    @Test
    void a_period_of_92_days_is_accepted_and_one_of_93_is_refused_naming_to() {
        assertThat(ReportPeriod.of(MONDAY, MONDAY.plusDays(91), MAX_DAYS).days()).hasSize(92);

        assertThatThrownBy(() -> ReportPeriod.of(MONDAY, MONDAY.plusDays(92), MAX_DAYS))
                .isInstanceOfSatisfying(BadRequestException.class, refused -> assertThat(refused.field()).isEqualTo("to"));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_naming_from() {
        assertThatThrownBy(() -> ReportPeriod.of(MONDAY, MONDAY.minusDays(1), MAX_DAYS))
                .isInstanceOfSatisfying(BadRequestException.class, refused -> assertThat(refused.field()).isEqualTo("from"));
    }

    @Test
    void utilisation_is_the_booked_share_of_the_shift_rounded_half_up_to_three_places() {
        assertThat(ClinicDay.utilisation(1, 3)).isEqualByComparingTo("0.333");
        assertThat(ClinicDay.utilisation(2, 3)).isEqualByComparingTo("0.667");
        assertThat(ClinicDay.utilisation(1, 8)).isEqualTo(new BigDecimal("0.125"));
        assertThat(ClinicDay.utilisation(1, 1600)).as("0.000625 rounds up to 0.001").isEqualTo(new BigDecimal("0.001"));
        assertThat(ClinicDay.utilisation(480, 480)).isEqualTo(new BigDecimal("1.000"));
    }

    @Test
    void a_day_without_shift_time_has_a_utilisation_of_zero_even_with_sessions_booked() {
        assertThat(ClinicDay.utilisation(60, 0)).isEqualTo(new BigDecimal("0.000"));
    }

    @Test
    void sessions_left_outside_shifts_that_changed_never_take_utilisation_past_one() {
        assertThat(ClinicDay.utilisation(540, 480)).isEqualTo(new BigDecimal("1.000"));
    }

    @Test
    void every_clinic_has_a_row_for_every_date_with_zeros_where_nothing_happened() {
        ReportPeriod period = ReportPeriod.of(MONDAY, MONDAY.plusDays(1), MAX_DAYS);
        DayFigures busy = new DayFigures(1, 2, 1, 1, 1, 0, 60, 1, 0, 1, 1);

        List<ClinicDay> rows = ClinicDayReport.rows(period, List.of(baixa, pontaDelgada),
                Map.of(new ClinicDate(pontaDelgada.id(), MONDAY.plusDays(1)), busy),
                Map.of(new ClinicDate(pontaDelgada.id(), MONDAY.plusDays(1)), 480L));

        assertThat(rows).extracting(ClinicDay::clinicName, ClinicDay::day).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Baixa", MONDAY),
                org.assertj.core.groups.Tuple.tuple("Baixa", MONDAY.plusDays(1)),
                org.assertj.core.groups.Tuple.tuple("Ponta Delgada", MONDAY),
                org.assertj.core.groups.Tuple.tuple("Ponta Delgada", MONDAY.plusDays(1)));
        assertThat(rows.get(0)).isEqualTo(new ClinicDay(baixa.id(), "Baixa", "Lisboa", MONDAY, 0, 0, 0, 0, 0, 0, 0, 0,
                new BigDecimal("0.000"), 0, 0, 0, 0));
        assertThat(rows.get(3)).isEqualTo(new ClinicDay(pontaDelgada.id(), "Ponta Delgada", "Ponta Delgada",
                MONDAY.plusDays(1), 1, 2, 1, 1, 1, 0, 60, 480, new BigDecimal("0.125"), 1, 0, 1, 1));
    }

    @Test
    void a_shift_across_the_skipped_hour_is_an_hour_shorter_on_the_spring_forward_day() {
        TherapistShifts ana = therapist(Set.of(baixa.id()), List.of(),
                shift(baixa, DayOfWeek.SUNDAY, "00:30", "02:30"), shift(baixa, DayOfWeek.SATURDAY, "00:30", "02:30"));
        ReportPeriod weekend = ReportPeriod.of(SPRING_FORWARD.minusDays(1), SPRING_FORWARD, MAX_DAYS);

        Map<ClinicDate, Long> minutes = ShiftMinutes.of(weekend, List.of(baixa), List.of(ana));

        assertThat(minutes).containsExactlyInAnyOrderEntriesOf(Map.of(
                new ClinicDate(baixa.id(), SPRING_FORWARD.minusDays(1)), 120L,
                new ClinicDate(baixa.id(), SPRING_FORWARD), 60L));
    }

    @Test
    void a_shift_across_the_repeated_hour_is_an_hour_longer_on_the_fall_back_day() {
        TherapistShifts ana = therapist(Set.of(baixa.id()), List.of(), shift(baixa, DayOfWeek.SUNDAY, "00:30", "02:30"));

        Map<ClinicDate, Long> minutes = ShiftMinutes.of(ReportPeriod.of(FALL_BACK, FALL_BACK, MAX_DAYS), List.of(baixa),
                List.of(ana));

        assertThat(minutes).containsExactlyEntriesOf(Map.of(new ClinicDate(baixa.id(), FALL_BACK), 180L));
    }

    @Test
    void time_off_is_taken_out_of_the_shift_minutes() {
        Absence dentist = new Absence(MONDAY.atTime(11, 0).atZone(LISBON).toInstant(),
                MONDAY.atTime(12, 30).atZone(LISBON).toInstant());
        TherapistShifts ana = therapist(Set.of(baixa.id()), List.of(dentist), shift(baixa, DayOfWeek.MONDAY, "09:00", "17:00"));

        Map<ClinicDate, Long> minutes = ShiftMinutes.of(ReportPeriod.of(MONDAY, MONDAY, MAX_DAYS), List.of(baixa),
                List.of(ana));

        assertThat(minutes).containsExactlyEntriesOf(Map.of(new ClinicDate(baixa.id(), MONDAY), 480L - 90L));
    }

    @Test
    void each_clinic_gets_the_shifts_worked_there_by_its_own_clock_and_the_minutes_of_all_its_therapists() {
        TherapistShifts ana = therapist(Set.of(baixa.id(), pontaDelgada.id()), List.of(),
                shift(baixa, DayOfWeek.MONDAY, "09:00", "13:00"), shift(pontaDelgada, DayOfWeek.MONDAY, "15:00", "18:00"));
        TherapistShifts rui = therapist(Set.of(baixa.id()), List.of(), shift(baixa, DayOfWeek.MONDAY, "14:00", "20:00"));

        Map<ClinicDate, Long> minutes = ShiftMinutes.of(ReportPeriod.of(MONDAY, MONDAY, MAX_DAYS),
                List.of(baixa, pontaDelgada), List.of(ana, rui));

        assertThat(minutes).containsExactlyInAnyOrderEntriesOf(Map.of(
                new ClinicDate(baixa.id(), MONDAY), 240L + 360L,
                new ClinicDate(pontaDelgada.id(), MONDAY), 180L));
    }

    @Test
    void a_shift_at_a_clinic_the_therapist_no_longer_works_at_is_not_counted() {
        TherapistShifts ana = therapist(Set.of(pontaDelgada.id()), List.of(), shift(baixa, DayOfWeek.MONDAY, "09:00", "13:00"));

        assertThat(ShiftMinutes.of(ReportPeriod.of(MONDAY, MONDAY, MAX_DAYS), List.of(baixa, pontaDelgada), List.of(ana)))
                .isEmpty();
    }

    private static TherapistShifts therapist(Set<UUID> clinics, List<Absence> timeOff, WeeklyShift... shifts) {
        return new TherapistShifts(UUID.randomUUID(), clinics,
                List.of(new WeeklySchedule(LocalDate.of(2026, 1, 1), List.of(shifts))), timeOff);
    }

    private static WeeklyShift shift(ReportedClinic clinic, DayOfWeek day, String starts, String ends) {
        return new WeeklyShift(clinic.id(), day, LocalTime.parse(starts), LocalTime.parse(ends));
    }
}
