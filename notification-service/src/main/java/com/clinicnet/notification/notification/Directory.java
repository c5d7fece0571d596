package com.clinicnet.notification.notification;

import java.util.Optional;
import java.util.UUID;

/** Names a message may show: the clinic's name and the therapist's first name, from the directory topics. */
public interface Directory {

    Optional<String> clinicName(UUID clinicId);

    Optional<String> therapistFirstName(UUID therapistId);
}
