package com.clinicnet.booking.session;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A session as the client sees it: times in the clinic's zone, with their offset. {@code arrivedAt} came last and is
 * null until the front desk marks the client arrived, so readers of the earlier shape are unaffected.
 */
record SessionResponse(UUID id, UUID clientId, UUID therapistId, UUID clinicId, int room,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String clinicTimeZone, int durationMinutes,
        SessionStatus status, OffsetDateTime arrivedAt) {

    static SessionResponse of(Session session) {
        return new SessionResponse(session.id(), session.clientId(), session.therapistId(), session.clinicId(),
                session.room(), session.localStart().toOffsetDateTime(), session.localEnd().toOffsetDateTime(),
                session.clinicTimeZone().getId(), session.length().minutes(), session.status(),
                session.arrivedAt() == null ? null : session.arrivedAt().atZone(session.clinicTimeZone())
                        .toOffsetDateTime());
    }
}
