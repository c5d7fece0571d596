package com.clinicnet.booking.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the report: a clinic on one of its dates. Counts and minutes only: no client or therapist is named.
 * {@code shiftUtilisation} is the booked share of the therapists' shift time, 0 to 1 in steps of 0.001.
 */
public record ClinicDay(UUID clinicId, String clinicName, String city, LocalDate day, long sessionsBooked,
        long sessionsScheduled, long completed, long cancelled, long lateCancelled, long noShows, long bookedMinutes,
        long shiftMinutes, BigDecimal shiftUtilisation, long plansStarted, long plansCompleted, long followUpsRaised,
        long followUpsConverted) {

    private static final int UTILISATION_DECIMALS = 3;

    static ClinicDay of(ReportedClinic clinic, LocalDate day, DayFigures figures, long shiftMinutes) {
        return new ClinicDay(clinic.id(), clinic.name(), clinic.city(), day, figures.sessionsBooked(),
                figures.sessionsScheduled(), figures.completed(), figures.cancelled(), figures.lateCancelled(),
                figures.noShows(), figures.bookedMinutes(), shiftMinutes,
                utilisation(figures.bookedMinutes(), shiftMinutes), figures.plansStarted(), figures.plansCompleted(),
                figures.followUpsRaised(), figures.followUpsConverted());
    }

    /**
     * Booked minutes over shift minutes, half up to three places. No shift time reads 0: nothing of nothing is used.
     * Whole sessions are counted, so one left outside the shifts after they changed could take the share past 1;
     * it is held at 1, a full day.
     */
    static BigDecimal utilisation(long bookedMinutes, long shiftMinutes) {
        if (shiftMinutes <= 0) {
            return BigDecimal.ZERO.setScale(UTILISATION_DECIMALS);
        }
        BigDecimal share = BigDecimal.valueOf(bookedMinutes)
                .divide(BigDecimal.valueOf(shiftMinutes), UTILISATION_DECIMALS, RoundingMode.HALF_UP);
        return share.min(BigDecimal.ONE.setScale(UTILISATION_DECIMALS));
    }
}
