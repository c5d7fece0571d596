package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A therapist profile was removed (entered by mistake; a therapist who worked is deactivated instead). On the
 * compacted {@code therapist.profiles} topic it is a tombstone: the key with no value, its identity in the
 * CloudEvents headers, so compaction finally forgets the profile.
 */
public record TherapistRemovedV1(UUID eventId, Instant occurredAt, UUID therapistId) implements Tombstone {

    @Override
    public String subject() {
        return therapistId.toString();
    }
}
