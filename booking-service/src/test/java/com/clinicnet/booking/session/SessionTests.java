package com.clinicnet.booking.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SessionTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Test
    void the_therapist_and_room_stay_blocked_for_the_buffer_after_the_session() {
        Session session = sessionAt(Instant.parse("2026-11-30T10:00:00Z"), SessionLength.SIXTY_MINUTES);

        assertThat(session.endsAt()).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
        assertThat(session.blockedUntil()).isEqualTo(Instant.parse("2026-11-30T11:10:00Z"));
    }

    @Test
    void on_the_spring_forward_day_a_morning_session_shows_summer_time_in_the_clinic() {
        // Lisbon moves from UTC+0 to UTC+1 at 01:00 on 29 March 2026
        Session session = sessionAt(Instant.parse("2026-03-29T08:00:00Z"), SessionLength.SIXTY_MINUTES);

        assertThat(session.localStart().toLocalTime()).hasToString("09:00");
        assertThat(session.localStart().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void a_session_across_the_fall_back_hour_lasts_its_real_length() {
        // Lisbon moves back from UTC+1 to UTC+0 at 02:00 on 25 October 2026: 01:30 local happens twice
        Session session = sessionAt(Instant.parse("2026-10-25T00:30:00Z"), SessionLength.NINETY_MINUTES);

        assertThat(session.localStart().toLocalTime()).hasToString("01:30");
        assertThat(session.localEnd().toLocalTime()).hasToString("02:00");
        assertThat(Duration.between(session.startsAt(), session.endsAt())).isEqualTo(Duration.ofMinutes(90));
    }

    private static Session sessionAt(Instant start, SessionLength length) {
        return new Session(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, start,
                length, Duration.ofMinutes(10), LISBON, Duration.ofHours(24), SessionStatus.BOOKED, 1);
    }
}
