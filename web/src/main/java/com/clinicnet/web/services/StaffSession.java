package com.clinicnet.web.services;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A session as booking-service shows it to staff: who, with whom, which room, and where it stands. A therapist
 * reading their own sessions gets the client's first name and the intake's need-to-know codes; a front desk gets
 * no need-to-know (null). {@code confirmedAt}: when the client said they will come (a reminder's link or a text
 * reply), null until then.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffSession(UUID id, UUID clinicId, UUID therapistId, String therapistName, UUID clientId,
        String clientName, int room, OffsetDateTime startsAt, OffsetDateTime endsAt, String clinicTimeZone,
        int durationMinutes, String status, OffsetDateTime arrivedAt, boolean lateCancellation,
        String cancellationReason, long version, OffsetDateTime confirmedAt, List<String> needToKnow) {

    public static final String BOOKED = "BOOKED";
    public static final String CANCELLED = "CANCELLED";

    public StaffSession {
        needToKnow = needToKnow == null ? List.of() : List.copyOf(needToKnow);
    }

    public boolean isBooked() {
        return BOOKED.equals(status);
    }

    public boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    /** Booked and the client is here: the front desk's "arrived". */
    public boolean hasArrived() {
        return isBooked() && arrivedAt != null;
    }

    /** Booked, the client not here yet, and they said they will come: the front desk's "confirmed". */
    public boolean isConfirmed() {
        return isBooked() && !hasArrived() && confirmedAt != null;
    }

    /** What the pages call its state: ARRIVED is a booked session whose client has come in. */
    public String shownStatus() {
        return hasArrived() ? "ARRIVED" : status;
    }
}
