package com.clinicnet.booking.session;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The session types a clinic offers. */
public enum SessionLength {

    THIRTY_MINUTES(30),
    SIXTY_MINUTES(60),
    NINETY_MINUTES(90);

    private final int minutes;

    SessionLength(int minutes) {
        this.minutes = minutes;
    }

    public int minutes() {
        return minutes;
    }

    public Duration duration() {
        return Duration.ofMinutes(minutes);
    }

    public static Optional<SessionLength> ofMinutes(int minutes) {
        return Arrays.stream(values()).filter(length -> length.minutes == minutes).findFirst();
    }
}
