package com.clinicnet.therapist.clinic;

import java.util.List;
import java.util.Set;
import java.util.UUID;

record ClinicResponse(UUID id, String name, String city, String address, String timeZone, int treatmentRooms,
        long bufferMinutes, long lateCancellationNoticeMinutes, Set<Integer> sessionTypes,
        List<OpeningHours> openingHours, long version) {

    static ClinicResponse of(Clinic clinic) {
        return new ClinicResponse(clinic.id(), clinic.name(), clinic.city(), clinic.address(),
                clinic.timeZone().getId(), clinic.treatmentRooms(), clinic.bufferAfterSession().toMinutes(),
                clinic.lateCancellationNotice().toMinutes(), clinic.sessionTypes(), clinic.openingHours(),
                clinic.version());
    }
}
