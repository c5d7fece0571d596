package com.clinicnet.booking.report;

import java.time.ZoneId;
import java.util.UUID;

/** A clinic as the report names it, with the zone its days are counted in. */
record ReportedClinic(UUID id, String name, String city, ZoneId timeZone) {
}
