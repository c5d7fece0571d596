package com.clinicnet.booking.session;

import java.time.Instant;
import java.util.UUID;

/**
 * In-process, inside the transaction that freed it: a session's therapist and room are no longer taken from
 * {@code from} to {@code until} (it was cancelled or moved), so someone waiting may have that time.
 */
public record SessionTimeFreed(UUID therapistId, UUID clinicId, Instant from, Instant until) {
}
