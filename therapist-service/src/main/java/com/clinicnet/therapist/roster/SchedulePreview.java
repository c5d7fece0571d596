package com.clinicnet.therapist.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WorkingCalendar;
import com.clinicnet.workingtime.WorkingInterval;

/**
 * The calendar a proposed schedule would give, before anyone relies on it: the proposal takes the place of a
 * schedule from the same date, as saving it would, while earlier schedules still apply before it and later ones
 * after theirs. Plain Java, tested without Spring.
 */
final class SchedulePreview {

    private SchedulePreview() {
    }

    static List<WorkingInterval> calendar(List<WeeklySchedule> saved, WeeklySchedule proposed,
            Map<UUID, ZoneId> clinicZones, List<Absence> timeOff, LocalDate from, LocalDate to) {
        return WorkingCalendar.expand(withProposal(saved, proposed), clinicZones, timeOff, from, to);
    }

    static List<WeeklySchedule> withProposal(List<WeeklySchedule> saved, WeeklySchedule proposed) {
        List<WeeklySchedule> schedules = new ArrayList<>(saved.stream()
                .filter(schedule -> !schedule.effectiveFrom().equals(proposed.effectiveFrom())).toList());
        schedules.add(proposed);
        return schedules;
    }
}
