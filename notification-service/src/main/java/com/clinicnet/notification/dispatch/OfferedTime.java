package com.clinicnet.notification.dispatch;

import java.time.ZonedDateTime;
import java.util.Optional;

/** A time offered instead of a disrupted session, as a message shows it: when, with whom, where (if known yet). */
record OfferedTime(ZonedDateTime startsAt, Optional<String> therapist, Optional<String> clinic) {
}
