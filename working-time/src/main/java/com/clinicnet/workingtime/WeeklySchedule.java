package com.clinicnet.workingtime;

import java.time.LocalDate;
import java.util.List;

/** The weekly shifts that apply from a date until the next schedule takes over. */
public record WeeklySchedule(LocalDate effectiveFrom, List<WeeklyShift> shifts) {

    public WeeklySchedule {
        shifts = List.copyOf(shifts);
    }
}
