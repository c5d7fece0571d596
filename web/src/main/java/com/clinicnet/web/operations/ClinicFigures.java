package com.clinicnet.web.operations;

import java.util.Collection;
import java.util.UUID;

/**
 * A clinic's figures over some days: every count summed, and the shift utilisation recomputed from the summed
 * minutes (an average of daily ratios would weigh a quiet Sunday like a full Monday). Plain Java.
 */
record ClinicFigures(UUID clinicId, String clinicName, String city, long sessionsBooked, long sessionsScheduled,
        long completed, long cancelled, long lateCancelled, long noShows, long bookedMinutes, long shiftMinutes,
        long plansStarted, long plansCompleted, long followUpsRaised, long followUpsConverted) {

    static ClinicFigures of(UUID clinicId, String clinicName, String city, Collection<ClinicDayReport> days) {
        return new ClinicFigures(clinicId, clinicName, city,
                days.stream().mapToLong(ClinicDayReport::sessionsBooked).sum(),
                days.stream().mapToLong(ClinicDayReport::sessionsScheduled).sum(),
                days.stream().mapToLong(ClinicDayReport::completed).sum(),
                days.stream().mapToLong(ClinicDayReport::cancelled).sum(),
                days.stream().mapToLong(ClinicDayReport::lateCancelled).sum(),
                days.stream().mapToLong(ClinicDayReport::noShows).sum(),
                days.stream().mapToLong(ClinicDayReport::bookedMinutes).sum(),
                days.stream().mapToLong(ClinicDayReport::shiftMinutes).sum(),
                days.stream().mapToLong(ClinicDayReport::plansStarted).sum(),
                days.stream().mapToLong(ClinicDayReport::plansCompleted).sum(),
                days.stream().mapToLong(ClinicDayReport::followUpsRaised).sum(),
                days.stream().mapToLong(ClinicDayReport::followUpsConverted).sum());
    }

    /** Booked minutes over shift minutes, 0 to 1; none when nobody was on shift. */
    public Double shiftUtilisation() {
        return shiftMinutes == 0 ? null : (double) bookedMinutes / shiftMinutes;
    }
}
