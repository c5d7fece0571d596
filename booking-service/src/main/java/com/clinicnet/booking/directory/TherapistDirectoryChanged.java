package com.clinicnet.booking.directory;

import java.util.UUID;

/**
 * In-process, inside the transaction that applied it: booking's copy of a therapist's profile changed (their shifts,
 * time off, clinics, activity) or the therapist was removed, so what booked sessions rely on may no longer hold.
 */
public record TherapistDirectoryChanged(UUID therapistId) {
}
