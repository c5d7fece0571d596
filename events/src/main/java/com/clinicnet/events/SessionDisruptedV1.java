package com.clinicnet.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booked session its therapist can no longer give: the directory changed under it (time off, a new schedule, a
 * deactivation or a removal, a clinic closed that day). The session stays booked until the client or the front desk decides; the event offers
 * up to three alternatives, the same therapist at another time first, then the same clinic, then the city. The
 * version is the session's, which the disruption does not change.
 */
public record SessionDisruptedV1(UUID eventId, Instant occurredAt, UUID sessionId, UUID clientId, UUID therapistId,
        UUID clinicId, Instant startsAt, Instant endsAt, String clinicTimeZone, int durationMinutes, String cause,
        List<Alternative> alternatives, long version) implements ClinicNetEvent {

    /** The therapist took time off over the session. */
    public static final String TIME_OFF = "TIME_OFF";
    /** The therapist's weekly schedule no longer covers the session. */
    public static final String SCHEDULE_CHANGED = "SCHEDULE_CHANGED";
    /** The therapist no longer takes bookings. */
    public static final String THERAPIST_INACTIVE = "THERAPIST_INACTIVE";
    /** The therapist left the roster. */
    public static final String THERAPIST_REMOVED = "THERAPIST_REMOVED";
    /** The clinic is closed that day (a holiday or a closure). */
    public static final String CLINIC_CLOSED = "CLINIC_CLOSED";

    public SessionDisruptedV1 {
        alternatives = List.copyOf(alternatives);
    }

    /** A free slot the client may take instead, at {@code clinicId}, whose zone is given. */
    public record Alternative(UUID therapistId, UUID clinicId, Instant startsAt, Instant endsAt,
            String clinicTimeZone) {
    }

    @Override
    public String subject() {
        return sessionId.toString();
    }
}
