package com.clinicnet.therapist.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.platform.problem.RuleViolationException;

class ClinicTests {

    private static final List<OpeningHours> WITH_LUNCH_BREAK = List.of(
            hours(DayOfWeek.MONDAY, "09:00", "13:00"), hours(DayOfWeek.MONDAY, "14:00", "19:00"));

    @Test
    void a_revised_clinic_keeps_its_id_and_moves_to_the_next_version() {
        Clinic lisbon = clinic(3, Set.of(60), WITH_LUNCH_BREAK);

        Clinic revised = lisbon.revisedAs(clinic(4, Set.of(30, 60), WITH_LUNCH_BREAK));

        assertThat(revised.id()).isEqualTo(lisbon.id());
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.treatmentRooms()).isEqualTo(4);
    }

    @Test
    void a_clinic_without_a_treatment_room_cannot_exist() {
        assertThatThrownBy(() -> clinic(0, Set.of(60), List.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("treatmentRooms"));
    }

    @Test
    void a_lunch_closure_splits_the_day_and_a_shift_across_it_is_not_within_opening_hours() {
        Clinic lisbon = clinic(3, Set.of(60), WITH_LUNCH_BREAK);

        assertThat(lisbon.isOpen(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))).isTrue();
        assertThat(lisbon.isOpen(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(15, 0))).isFalse();
        assertThat(lisbon.isOpen(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))).isFalse();
    }

    @Test
    void opening_hours_that_close_before_they_open_or_overlap_are_refused_naming_the_interval() {
        assertThatThrownBy(() -> clinic(3, Set.of(60), List.of(hours(DayOfWeek.MONDAY, "18:00", "09:00"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("openingHours[0]"));
        assertThatThrownBy(() -> clinic(3, Set.of(60), List.of(hours(DayOfWeek.MONDAY, "09:00", "13:00"),
                hours(DayOfWeek.MONDAY, "12:00", "18:00"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("openingHours[1]"));
    }

    @Test
    void only_30_60_and_90_minute_sessions_exist_and_the_shortest_offered_counts() {
        assertThatThrownBy(() -> clinic(3, Set.of(45), List.of())).isInstanceOf(RuleViolationException.class);
        assertThat(clinic(3, Set.of(90, 60), List.of()).shortestSession()).isEqualTo(Duration.ofMinutes(60));
    }

    static Clinic clinic(int rooms, Set<Integer> sessionTypes, List<OpeningHours> openingHours) {
        return new Clinic(UUID.randomUUID(), "Baixa", "Lisbon", "Rua Augusta 100", ZoneId.of("Europe/Lisbon"), rooms,
                Duration.ofMinutes(10), Duration.ofHours(24), sessionTypes, openingHours, 1);
    }

    static OpeningHours hours(DayOfWeek day, String opens, String closes) {
        return new OpeningHours(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }
}
