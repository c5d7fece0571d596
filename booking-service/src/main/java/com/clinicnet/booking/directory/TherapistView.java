package com.clinicnet.booking.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;

/**
 * What booking knows of a therapist, as last published: where they work, their specialty levels, and when they work
 * (weekly schedules with their effective dates, and time off).
 */
public record TherapistView(UUID id, String name, boolean active, Set<UUID> clinicIds,
        Map<String, Integer> specialtyLevels, List<WeeklySchedule> schedules, List<Absence> timeOff) {

    public TherapistView {
        clinicIds = Set.copyOf(clinicIds);
        specialtyLevels = Map.copyOf(specialtyLevels);
        schedules = List.copyOf(schedules);
        timeOff = List.copyOf(timeOff);
    }

    public boolean worksAt(UUID clinicId) {
        return active && clinicIds.contains(clinicId);
    }
}
