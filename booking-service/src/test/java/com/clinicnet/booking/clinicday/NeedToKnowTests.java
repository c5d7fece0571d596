package com.clinicnet.booking.clinicday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.booking.intake.Condition;
import com.clinicnet.booking.intake.Intake;

class NeedToKnowTests {

    @Test
    void a_pregnant_client_with_high_blood_pressure_and_a_knee_to_avoid_is_three_codes_in_a_stable_order() {
        Intake intake = intake(Set.of(Condition.PREGNANCY, Condition.HIGH_BLOOD_PRESSURE), List.of("left knee"));

        assertThat(NeedToKnow.of(intake)).containsExactly("HIGH_BLOOD_PRESSURE", "PREGNANCY", "INJURIES_TO_AVOID");
    }

    @Test
    void a_red_flag_comes_first_so_the_therapist_sees_a_doctor_is_needed() {
        Intake intake = intake(Set.of(Condition.SADDLE_NUMBNESS), List.of());

        assertThat(NeedToKnow.of(intake)).containsExactly("SEE_A_DOCTOR_FIRST", "SADDLE_NUMBNESS");
    }

    @Test
    void the_codes_never_carry_the_clients_own_words_concerns_or_pain() {
        Intake intake = intake(Set.of(), List.of("old shoulder fracture"));

        assertThat(NeedToKnow.of(intake)).containsExactly("INJURIES_TO_AVOID")
                .noneMatch(code -> code.contains("shoulder") || code.contains("LOWER_BACK_PAIN"));
    }

    @Test
    void an_intake_with_nothing_to_watch_for_is_no_codes() {
        assertThat(NeedToKnow.of(intake(Set.of(), List.of()))).isEmpty();
    }

    private static Intake intake(Set<Condition> conditions, List<String> injuries) {
        return new Intake(UUID.randomUUID(), List.of("LOWER_BACK_PAIN"), 6, conditions, injuries,
                Instant.parse("2026-12-01T10:00:00Z"));
    }
}
