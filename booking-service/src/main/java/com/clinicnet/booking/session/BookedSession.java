package com.clinicnet.booking.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A session still booked, as another feature reads it: who, with whom, where and when. */
public record BookedSession(UUID id, UUID clientId, UUID therapistId, UUID clinicId, Instant startsAt, Instant endsAt,
        ZoneId clinicTimeZone, long version) {

    static BookedSession of(Session session) {
        return new BookedSession(session.id(), session.clientId(), session.therapistId(), session.clinicId(),
                session.startsAt(), session.endsAt(), session.clinicTimeZone(), session.version());
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }
}
