package com.clinicnet.booking.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.platform.problem.RuleViolationException;

class BookingPolicyTests {

    private final BookingPolicy policy = new BookingPolicy(Duration.ofHours(1));
    private final ClinicView lisbon = new ClinicView(UUID.randomUUID(), "Baixa", "Lisbon", ZoneId.of("Europe/Lisbon"),
            3, Duration.ofMinutes(10), Duration.ofHours(24), Set.of(30, 60, 90));

    @Test
    void a_session_starting_inside_the_minimum_lead_time_is_refused_on_its_start() {
        Instant now = Instant.parse("2026-11-27T09:00:00Z");

        assertThatThrownBy(() -> policy.requireBookableStart(now.plus(Duration.ofMinutes(30)), now))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("startsAt"));
    }

    @Test
    void a_session_after_the_lead_time_may_be_booked() {
        Instant now = Instant.parse("2026-11-27T09:00:00Z");

        policy.requireBookableStart(now.plus(Duration.ofHours(2)), now);
    }

    @Test
    void a_45_minute_session_is_not_a_session_type() {
        assertThatThrownBy(() -> policy.lengthOf(45))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("durationMinutes"));
        assertThat(policy.lengthOf(90)).isEqualTo(SessionLength.NINETY_MINUTES);
    }

    @Test
    void a_therapist_who_does_not_work_at_the_clinic_is_not_booked_there() {
        TherapistView elsewhere = new TherapistView(UUID.randomUUID(), "Rui", true, Set.of(UUID.randomUUID()),
                Map.of("LOWER_BACK", 2), List.of(), List.of());

        assertThatThrownBy(() -> policy.requireTherapistAt(elsewhere, lisbon))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("therapistId"));
    }

    @Test
    void a_deactivated_therapist_is_not_booked_even_at_their_own_clinic() {
        TherapistView retired = new TherapistView(UUID.randomUUID(), "Rui", false, Set.of(lisbon.id()), Map.of(), List.of(),
                List.of());

        assertThatThrownBy(() -> policy.requireTherapistAt(retired, lisbon)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_room_in_use_is_never_chosen_and_a_full_clinic_has_none() {
        for (int booking = 0; booking < 100; booking++) {
            assertThat(policy.freeRoom(lisbon, Set.of(1, 3), UUID.randomUUID())).contains(2);
        }
        assertThat(policy.freeRoom(lisbon, Set.of(1, 2, 3), UUID.randomUUID())).isEmpty();
    }

    @Test
    void bookings_of_one_moment_at_an_empty_clinic_are_spread_over_its_rooms() {
        Set<Integer> chosen = new java.util.HashSet<>();
        for (int booking = 0; booking < 100; booking++) {
            chosen.add(policy.freeRoom(lisbon, Set.of(), UUID.randomUUID()).orElseThrow());
        }

        assertThat(chosen).containsExactlyInAnyOrder(1, 2, 3);
    }
}
