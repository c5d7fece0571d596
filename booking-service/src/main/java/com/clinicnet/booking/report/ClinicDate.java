package com.clinicnet.booking.report;

import java.time.LocalDate;
import java.util.UUID;

/** One clinic on one of its own dates. */
record ClinicDate(UUID clinicId, LocalDate day) {
}
