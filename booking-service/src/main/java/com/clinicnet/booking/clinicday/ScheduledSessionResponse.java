package com.clinicnet.booking.clinicday;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.clinicnet.booking.session.CancellationReason;
import com.clinicnet.booking.session.SessionStatus;

import io.swagger.v3.oas.annotations.media.Schema;

/** A session of a schedule, its times in its clinic's zone with their offset. */
record ScheduledSessionResponse(UUID id, UUID clinicId, UUID therapistId,
        @Schema(nullable = true, description = "null once the therapist left the directory") String therapistName,
        UUID clientId,
        @Schema(description = "the full name for the front desk, the first name alone for the therapist")
        String clientName,
        int room, OffsetDateTime startsAt, OffsetDateTime endsAt, String clinicTimeZone, int durationMinutes,
        SessionStatus status,
        @Schema(nullable = true, description = "when the front desk marked the client arrived") OffsetDateTime arrivedAt,
        boolean lateCancellation,
        @Schema(nullable = true) CancellationReason cancellationReason,
        long version,
        @Schema(nullable = true, description = "when the client confirmed they will come, by a reminder's link or "
                + "a text reply; null: not (yet) confirmed") OffsetDateTime confirmedAt,
        @Schema(nullable = true, description = "for the treating therapist only, while they may read the intake: "
                + "SEE_A_DOCTOR_FIRST, the declared conditions (e.g. PREGNANCY), INJURIES_TO_AVOID (empty without an "
                + "intake); null for the front desk, and once the therapist may no longer read the intake")
        List<String> needToKnow) {

    static ScheduledSessionResponse of(ScheduledSession session, String clientName, List<String> needToKnow) {
        ZoneId zone = session.clinicTimeZone();
        return new ScheduledSessionResponse(session.id(), session.clinicId(), session.therapistId(),
                session.therapistName(), session.clientId(), clientName, session.room(), local(session.startsAt(), zone),
                local(session.endsAt(), zone), zone.getId(), session.durationMinutes(), session.status(),
                session.arrivedAt() == null ? null : local(session.arrivedAt(), zone), session.lateCancellation(),
                session.cancellationReason(), session.version(),
                session.confirmedAt() == null ? null : local(session.confirmedAt(), zone), needToKnow);
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
