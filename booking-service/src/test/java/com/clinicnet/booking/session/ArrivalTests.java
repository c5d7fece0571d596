package com.clinicnet.booking.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.platform.problem.ConflictException;

/** The front desk marks a client arrived: a booked session, on its own day in the clinic's zone, once. */
class ArrivalTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Test
    void a_client_arriving_before_their_session_is_marked_arrived_and_the_session_moves_on_a_version() {
        Session booked = bookedAt(Instant.parse("2026-12-07T10:00:00Z"));
        Instant now = Instant.parse("2026-12-07T09:50:00Z");

        Session arrived = booked.arrived(now);

        assertThat(arrived.arrivedAt()).isEqualTo(now);
        assertThat(arrived.status()).isEqualTo(SessionStatus.BOOKED);
        assertThat(arrived.version()).isEqualTo(booked.version() + 1);
    }

    @Test
    void the_arrival_is_kept_to_the_microsecond_as_the_database_keeps_it() {
        Session arrived = bookedAt(Instant.parse("2026-12-07T10:00:00Z"))
                .arrived(Instant.parse("2026-12-07T09:50:00.123456789Z"));

        assertThat(arrived.arrivedAt()).isEqualTo(Instant.parse("2026-12-07T09:50:00.123456Z"));
    }

    @Test
    void marking_an_arrived_client_again_changes_nothing() {
        Session arrived = bookedAt(Instant.parse("2026-12-07T10:00:00Z")).arrived(Instant.parse("2026-12-07T09:50:00Z"));

        Session again = arrived.arrived(Instant.parse("2026-12-07T09:55:00Z"));

        assertThat(again).isSameAs(arrived);
    }

    @Test
    void a_cancelled_session_cannot_have_its_client_arrive() {
        Session cancelled = bookedAt(Instant.parse("2026-12-07T10:00:00Z")).cancelled();

        assertThatThrownBy(() -> cancelled.arrived(Instant.parse("2026-12-07T09:50:00Z")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cancelled");
    }

    @Test
    void a_client_is_not_marked_arrived_the_day_before_their_session() {
        Session tomorrow = bookedAt(Instant.parse("2026-12-08T10:00:00Z"));

        assertThatThrownBy(() -> tomorrow.arrived(Instant.parse("2026-12-07T17:00:00Z")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("2026-12-08");
    }

    @Test
    void the_day_of_the_session_is_the_clinics_local_day_not_the_utc_one() {
        // 23:30 on 28 March in Lisbon (UTC+0) and 00:30 on 29 March (summer time, UTC+1) are both before 01:00 UTC
        Session justAfterMidnight = bookedAt(Instant.parse("2026-03-28T23:30:00Z"));

        assertThat(justAfterMidnight.localStart().toLocalDate()).hasToString("2026-03-28");
        assertThat(justAfterMidnight.arrived(Instant.parse("2026-03-28T23:20:00Z")).hasArrived()).isTrue();
        Session summer = bookedAt(Instant.parse("2026-07-01T23:30:00Z"));
        assertThatThrownBy(() -> summer.arrived(Instant.parse("2026-07-01T22:50:00Z")))
                .as("00:30 on 2 July in Lisbon; 23:50 on 1 July is the day before").isInstanceOf(ConflictException.class);
    }

    private static Session bookedAt(Instant start) {
        return new Session(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, start,
                SessionLength.SIXTY_MINUTES, Duration.ofMinutes(10), LISBON, Duration.ofHours(24), SessionStatus.BOOKED,
                1);
    }
}
