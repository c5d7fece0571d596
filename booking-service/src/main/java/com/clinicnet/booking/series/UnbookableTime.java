package com.clinicnet.booking.series;

import java.time.OffsetDateTime;
import java.util.List;

/** A time of the series the therapist cannot give, and their nearest free times instead (in the clinic's zone). */
record UnbookableTime(OffsetDateTime startsAt, List<OffsetDateTime> alternatives) {
}
