package com.clinicnet.booking.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every clinic on every date of the period, in the order asked: by clinic name, then by date. Plain Java. */
final class ClinicDayReport {

    private ClinicDayReport() {
    }

    /**
     * One row per clinic and date, those on which nothing happened with zeros; the clinics come in the order
     * given.
     */
    static List<ClinicDay> rows(ReportPeriod period, List<ReportedClinic> clinics, Map<ClinicDate, DayFigures> figures,
            Map<ClinicDate, Long> shiftMinutes) {
        List<ClinicDay> rows = new ArrayList<>();
        for (ReportedClinic clinic : clinics) {
            for (LocalDate day : period.days()) {
                ClinicDate key = new ClinicDate(clinic.id(), day);
                rows.add(ClinicDay.of(clinic, day, figures.getOrDefault(key, DayFigures.NONE),
                        shiftMinutes.getOrDefault(key, 0L)));
            }
        }
        return rows;
    }
}
