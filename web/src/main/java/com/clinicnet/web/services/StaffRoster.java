package com.clinicnet.web.services;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** therapist-service as staff use it: a clinic's rooms and hours, a therapist's time off. */
@Component
public class StaffRoster {

    private final ServiceClient therapist;

    StaffRoster(@Qualifier("therapistServiceClient") ServiceClient therapist) {
        this.therapist = therapist;
    }

    public ClinicHours clinic(UUID clinicId) {
        return therapist.call("clinic", rest -> rest.get().uri("/clinics/{id}", clinicId).retrieve()
                .body(ClinicHours.class));
    }

    public TherapistTimeOff timeOffOf(UUID therapistId) {
        return therapist.call("therapist", rest -> rest.get().uri("/therapists/{id}", therapistId).retrieve()
                .body(TherapistTimeOff.class));
    }

    public void addTimeOff(UUID therapistId, TherapistTimeOff.Request away) {
        therapist.call("time off", rest -> rest.post().uri("/therapists/{id}/time-off", therapistId)
                .contentType(MediaType.APPLICATION_JSON).body(away).retrieve().toBodilessEntity());
    }

    public void removeTimeOff(UUID therapistId, UUID timeOffId) {
        therapist.call("time off", rest -> rest.delete().uri("/therapists/{id}/time-off/{timeOffId}", therapistId,
                timeOffId).retrieve().toBodilessEntity());
    }
}
