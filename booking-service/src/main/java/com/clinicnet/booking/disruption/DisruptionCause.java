package com.clinicnet.booking.disruption;

import java.time.Instant;
import java.util.Optional;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.events.SessionDisruptedV1;

/** Why a booked session can no longer be given, in the order a client would want to hear it. */
enum DisruptionCause {
    CLINIC_CLOSED(SessionDisruptedV1.CLINIC_CLOSED),
    THERAPIST_REMOVED(SessionDisruptedV1.THERAPIST_REMOVED),
    THERAPIST_INACTIVE(SessionDisruptedV1.THERAPIST_INACTIVE),
    TIME_OFF(SessionDisruptedV1.TIME_OFF),
    SCHEDULE_CHANGED(SessionDisruptedV1.SCHEDULE_CHANGED);

    private final String published;

    DisruptionCause(String published) {
        this.published = published;
    }

    String published() {
        return published;
    }

    /** The cause, from the clinic and the therapist as the directory now has them (absent when removed). */
    static DisruptionCause of(Optional<ClinicView> clinic, Optional<TherapistView> therapist, Instant startsAt,
            Instant endsAt) {
        if (clinic.map(closed -> closed.isClosedAt(startsAt)).orElse(false)) {
            return CLINIC_CLOSED;
        }
        if (therapist.isEmpty()) {
            return THERAPIST_REMOVED;
        }
        if (!therapist.get().active()) {
            return THERAPIST_INACTIVE;
        }
        boolean away = therapist.get().timeOff().stream()
                .anyMatch(absence -> absence.from().isBefore(endsAt) && startsAt.isBefore(absence.to()));
        return away ? TIME_OFF : SCHEDULE_CHANGED;
    }
}
