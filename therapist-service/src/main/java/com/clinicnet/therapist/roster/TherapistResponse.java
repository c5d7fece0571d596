package com.clinicnet.therapist.roster;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.workingtime.WeeklySchedule;

/** A therapist as the API shows it: the profile, the schedules in force or to come, and time off still ahead. */
record TherapistResponse(UUID id, String name, Therapist.Credentials credentials, List<String> languages,
        boolean active, Set<UUID> clinicIds, List<Therapist.SpecialtyLevel> specialties,
        List<WeeklySchedule> schedules, List<TimeOff> timeOff, long version) {

    static TherapistResponse of(Therapist therapist, List<WeeklySchedule> schedules, List<TimeOff> timeOff) {
        return new TherapistResponse(therapist.id(), therapist.name(), therapist.credentials(), therapist.languages(),
                therapist.active(), therapist.clinicIds(), therapist.specialties(), schedules, timeOff,
                therapist.version());
    }

    static TherapistResponse of(Therapist therapist) {
        return of(therapist, List.of(), List.of());
    }
}
