package com.clinicnet.booking.availability;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;

/** What availability needs to know of a therapist: clinics, specialty levels, schedules and time off. */
public record BookableTherapist(UUID id, String name, Set<UUID> clinicIds, Map<String, Integer> specialtyLevels,
        List<WeeklySchedule> schedules, List<Absence> timeOff) {

    public BookableTherapist {
        clinicIds = Set.copyOf(clinicIds);
        specialtyLevels = Map.copyOf(specialtyLevels);
        schedules = List.copyOf(schedules);
        timeOff = List.copyOf(timeOff);
    }
}
