package com.clinicnet.therapist.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.therapist.clinic.Clinic;
import com.clinicnet.therapist.clinic.OpeningHours;

class ScheduleRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private final Clinic lisbon = clinic("Europe/Lisbon", Set.of(60));
    private final Clinic newYork = clinic("America/New_York", Set.of(30, 60));
    private final Clinic porto = clinic("Europe/Lisbon", Set.of(60));
    private final Therapist ana = new Therapist(UUID.randomUUID(), "Ana", null, List.of("pt"), true,
            Set.of(lisbon.id(), newYork.id()), List.of(new Therapist.SpecialtyLevel("SCIATICA", 3)), 1);
    private final Map<UUID, Clinic> clinics = Map.of(lisbon.id(), lisbon, newYork.id(), newYork);

    @Test
    void a_week_of_shifts_inside_opening_hours_at_her_clinics_is_workable() {
        assertThatCode(() -> check(shift(lisbon, DayOfWeek.MONDAY, "09:00", "13:00"),
                shift(newYork, DayOfWeek.TUESDAY, "09:00", "17:00"))).doesNotThrowAnyException();
    }

    @Test
    void a_shift_outside_opening_hours_is_refused_naming_the_shift() {
        assertThatThrownBy(() -> check(shift(lisbon, DayOfWeek.MONDAY, "07:00", "10:00")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("shifts[0]");
                    assertThat(e.getMessage()).contains("outside the opening hours");
                });
    }

    @Test
    void a_shift_at_a_clinic_she_does_not_work_at_is_refused() {
        assertThatThrownBy(() -> check(shift(porto, DayOfWeek.MONDAY, "09:00", "13:00")))
                .hasMessageContaining("does not work at");
    }

    @Test
    void a_shift_shorter_than_the_shortest_session_is_refused() {
        assertThatThrownBy(() -> check(shift(lisbon, DayOfWeek.MONDAY, "09:00", "09:45")))
                .hasMessageContaining("shorter than the shortest session");
    }

    @Test
    void a_shift_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> check(shift(lisbon, DayOfWeek.MONDAY, "13:00", "09:00")))
                .hasMessageContaining("must end after it starts");
    }

    @Test
    void overlapping_shifts_at_the_same_clinic_are_refused() {
        assertThatThrownBy(() -> check(shift(lisbon, DayOfWeek.MONDAY, "09:00", "13:00"),
                shift(lisbon, DayOfWeek.MONDAY, "12:00", "16:00")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("shifts"));
    }

    @Test
    void shifts_that_look_apart_on_the_clock_but_overlap_across_time_zones_are_refused() {
        // Lisbon 14:00-18:00 is 09:00-13:00 in New York in winter
        assertThatThrownBy(() -> check(shift(lisbon, DayOfWeek.MONDAY, "14:00", "18:00"),
                shift(newYork, DayOfWeek.MONDAY, "10:00", "12:00")))
                .hasMessageContaining("overlap");
    }

    @Test
    void a_schedule_that_would_start_in_the_past_is_refused() {
        ScheduleRequest past = new ScheduleRequest(TODAY.minusDays(1), List.of(shift(lisbon, DayOfWeek.MONDAY, "09:00", "13:00")));

        assertThatThrownBy(() -> ScheduleRules.requireWorkable(past, ana, clinics, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
    }

    private void check(ScheduleRequest.ShiftRequest... shifts) {
        ScheduleRules.requireWorkable(new ScheduleRequest(TODAY.plusDays(3), List.of(shifts)), ana,
                Map.of(lisbon.id(), lisbon, newYork.id(), newYork, porto.id(), porto), TODAY);
    }

    private static ScheduleRequest.ShiftRequest shift(Clinic clinic, DayOfWeek day, String starts, String ends) {
        return new ScheduleRequest.ShiftRequest(clinic.id(), day, LocalTime.parse(starts), LocalTime.parse(ends));
    }

    private static Clinic clinic(String zone, Set<Integer> sessionTypes) {
        List<OpeningHours> weekdays = java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(20, 0))).toList();
        return new Clinic(UUID.randomUUID(), "Clinic", "City", "Street", ZoneId.of(zone), 2, Duration.ofMinutes(10),
                Duration.ofHours(24), sessionTypes, weekdays, 1);
    }
}
