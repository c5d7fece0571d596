package com.clinicnet.notification.contact;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a client wants no messages, in their own time zone; the window may span midnight (22:00–08:00). Plain Java.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    /** If the instant falls inside the window, the instant the window ends; otherwise nothing. */
    public Optional<Instant> endOfWindowContaining(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = from.isAfter(to);
        boolean inside = spansMidnight ? !time.isBefore(from) || time.isBefore(to)
                : !time.isBefore(from) && time.isBefore(to);
        if (!inside) {
            return Optional.empty();
        }
        boolean endsTomorrow = spansMidnight && !time.isBefore(from);
        return Optional.of(ZonedDateTime.of(local.toLocalDate().plusDays(endsTomorrow ? 1 : 0), to, zone).toInstant());
    }
}
