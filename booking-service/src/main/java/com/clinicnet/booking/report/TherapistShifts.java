package com.clinicnet.booking.report;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;

/** A therapist's weekly schedules and time off, and the clinics whose shifts they work: no name, no id shown. */
record TherapistShifts(UUID therapistId, Set<UUID> clinicIds, List<WeeklySchedule> schedules, List<Absence> timeOff) {

    TherapistShifts {
        clinicIds = Set.copyOf(clinicIds);
        schedules = List.copyOf(schedules);
        timeOff = List.copyOf(timeOff);
    }
}
