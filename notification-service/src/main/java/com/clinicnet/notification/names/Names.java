package com.clinicnet.notification.names;

import java.util.Optional;
import java.util.UUID;

/**
 * The names a message may show: the clinic's name and the therapist's first name, as therapist-service last published
 * them on {@code clinic.directory} and {@code therapist.profiles}. Empty while a name is not known (yet).
 */
public interface Names {

    Optional<String> clinicName(UUID clinicId);

    /** Where the clinic is, for a calendar invite. */
    Optional<String> clinicAddress(UUID clinicId);

    Optional<String> therapistFirstName(UUID therapistId);
}
