package com.clinicnet.web.operations;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One clinic's local day as booking-service's GET /reports/clinic-days answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ClinicDayReport(UUID clinicId, String clinicName, String city, LocalDate day, long sessionsBooked,
        long sessionsScheduled, long completed, long cancelled, long lateCancelled, long noShows, long bookedMinutes,
        long shiftMinutes, double shiftUtilisation, long plansStarted, long plansCompleted, long followUpsRaised,
        long followUpsConverted) {
}
