package com.clinicnet.therapist.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A weekly schedule, in each clinic's local time, in force from a date until the next one. */
record ScheduleRequest(@NotNull LocalDate effectiveFrom, @NotNull @Size(max = 50) List<@Valid @NotNull ShiftRequest> shifts) {

    record ShiftRequest(@NotNull UUID clinicId, @NotNull DayOfWeek weekday, @NotNull LocalTime starts,
            @NotNull LocalTime ends) {
    }

    /** As the working-time model has it; shifts that end before they start are refused by {@link ScheduleRules}. */
    WeeklySchedule toSchedule() {
        return new WeeklySchedule(effectiveFrom, shifts.stream()
                .filter(shift -> shift.starts().isBefore(shift.ends()))
                .map(shift -> new WeeklyShift(shift.clinicId(), shift.weekday(), shift.starts(), shift.ends()))
                .toList());
    }
}
