package com.clinicnet.booking.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.platform.problem.RuleViolationException;

class IntakeTests {

    @Test
    void numbness_in_the_saddle_area_is_a_red_flag_and_stress_is_not() {
        assertThat(intake(Set.of(Condition.SADDLE_NUMBNESS)).hasRedFlag()).isTrue();
        assertThat(intake(Set.of(Condition.HIGH_BLOOD_PRESSURE)).hasRedFlag()).isFalse();
    }

    @Test
    void a_sciatica_specialist_treats_radiating_leg_pain_but_not_a_pregnant_client_without_prenatal_training() {
        Set<String> forLegPain = Set.of("SCIATICA");

        assertThat(intake(Set.of()).treatableBy(Map.of("SCIATICA", 3), forLegPain)).isTrue();
        assertThat(intake(Set.of(Condition.PREGNANCY)).treatableBy(Map.of("SCIATICA", 3), forLegPain)).isFalse();
        assertThat(intake(Set.of(Condition.PREGNANCY)).treatableBy(Map.of("SCIATICA", 1, "PRENATAL", 2), forLegPain)).isTrue();
        assertThat(intake(Set.of()).treatableBy(Map.of("NECK_SHOULDER", 3), forLegPain)).isFalse();
    }

    @Test
    void a_red_flag_sends_the_client_to_a_doctor_even_with_the_right_specialist() {
        TreatmentNeeds needs = new TreatmentNeeds(intake(Set.of(Condition.FEVER_WITH_BACK_PAIN)), Set.of("SCIATICA"));

        assertThatThrownBy(() -> needs.requireTreatableBy(Map.of("SCIATICA", 3))).isInstanceOf(SeeADoctorFirstException.class);
        assertThatThrownBy(needs::requireNoRedFlag).isInstanceOf(SeeADoctorFirstException.class);
    }

    @Test
    void a_pregnant_client_is_refused_a_therapist_without_prenatal_training_naming_the_therapist() {
        TreatmentNeeds needs = new TreatmentNeeds(intake(Set.of(Condition.PREGNANCY)), Set.of("SCIATICA"));

        assertThatThrownBy(() -> needs.requireTreatableBy(Map.of("SCIATICA", 3)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("therapistId"));
        needs.requireTreatableBy(Map.of("SCIATICA", 1, "PRENATAL", 2));
    }

    private static Intake intake(Set<Condition> conditions) {
        return new Intake(UUID.randomUUID(), List.of("RADIATING_LEG_PAIN"), 6, conditions, List.of(), Instant.now());
    }
}
