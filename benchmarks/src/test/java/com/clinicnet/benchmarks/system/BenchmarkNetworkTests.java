package com.clinicnet.benchmarks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The load must be of free slots only: a refused booking would measure the 409 path, not the booking. */
class BenchmarkNetworkTests {

    private static final int SLOTS = 20_000;

    private final BenchmarkNetwork network = BenchmarkNetwork.of(20, 10);

    @Test
    void no_two_slots_handed_out_hold_the_same_therapist_at_the_same_time() {
        Set<String> taken = new HashSet<>();
        for (long n = 0; n < SLOTS; n++) {
            BenchmarkNetwork.Slot slot = network.slot(n);
            assertThat(taken.add(slot.therapist() + "@" + slot.startsAt().toInstant())).as("slot %d", n).isTrue();
        }
    }

    @Test
    void every_slot_lies_within_the_therapists_shift_on_a_working_day() {
        for (long n = 0; n < SLOTS; n += 7) {
            BenchmarkNetwork.Slot slot = network.slot(n);
            LocalTime ends = slot.startsAt().toLocalTime().plusMinutes(BenchmarkNetwork.SESSION_MINUTES + 10);
            assertThat(slot.startsAt().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
            assertThat(slot.startsAt().toLocalTime()).isAfterOrEqualTo(LocalTime.of(8, 0));
            assertThat(ends).isBeforeOrEqualTo(LocalTime.of(20, 0));
        }
    }

    @Test
    void a_slot_is_at_the_clinic_its_therapist_works_at() {
        BenchmarkNetwork.Slot slot = network.slot(195);

        assertThat(slot.clinic()).isEqualTo(network.clinicOf(195));
        assertThat(slot.clinic()).isEqualTo(network.clinics().get(19));
    }
}
