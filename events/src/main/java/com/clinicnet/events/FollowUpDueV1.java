package com.clinicnet.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The next session of a plan is due by {@code dueDate} (in the clinic's zone) and is not booked yet: time to invite
 * the client to book it with their therapist. Raised once per plan and due date.
 */
public record FollowUpDueV1(UUID eventId, Instant occurredAt, UUID planId, UUID clientId, UUID therapistId,
        UUID clinicId, LocalDate dueDate, int nextSessionNumber, int sessionsPlanned, String clinicTimeZone)
        implements ClinicNetEvent {

    @Override
    public String subject() {
        return planId.toString();
    }
}
