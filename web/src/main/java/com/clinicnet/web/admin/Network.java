package com.clinicnet.web.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.clinicnet.web.admin.NetworkRecords.CalendarEntry;
import com.clinicnet.web.admin.NetworkRecords.ClinicDetails;
import com.clinicnet.web.admin.NetworkRecords.Closure;
import com.clinicnet.web.admin.NetworkRecords.ClinicRequest;
import com.clinicnet.web.admin.NetworkRecords.Schedule;
import com.clinicnet.web.admin.NetworkRecords.SpecialtyDetails;
import com.clinicnet.web.admin.NetworkRecords.TherapistDetails;
import com.clinicnet.web.admin.NetworkRecords.TherapistRequest;
import com.clinicnet.web.admin.NetworkRecords.TimeOff;
import com.clinicnet.web.admin.NetworkRecords.TimeOffRequest;
import com.clinicnet.web.services.ServiceClient;

/** The clinic network as an admin changes it: therapist-service's clinics, catalogue, therapists and schedules. */
@Component
class Network {

    private static final ParameterizedTypeReference<List<CalendarEntry>> ENTRIES = new ParameterizedTypeReference<>() {
    };

    private final ServiceClient therapist;

    Network(@Qualifier("therapistServiceClient") ServiceClient therapist) {
        this.therapist = therapist;
    }

    List<ClinicDetails> clinics() {
        return therapist.call("clinics", rest -> rest.get().uri("/clinics").retrieve()
                .body(new ParameterizedTypeReference<List<ClinicDetails>>() {
                }));
    }

    ClinicDetails clinic(UUID id) {
        return therapist.call("clinic", rest -> rest.get().uri("/clinics/{id}", id).retrieve().body(ClinicDetails.class));
    }

    ClinicDetails openClinic(ClinicRequest clinic) {
        return therapist.call("clinic", rest -> rest.post().uri("/clinics").contentType(MediaType.APPLICATION_JSON)
                .body(clinic).retrieve().body(ClinicDetails.class));
    }

    ClinicDetails reviseClinic(UUID id, ClinicRequest clinic) {
        return therapist.call("clinic", rest -> rest.put().uri("/clinics/{id}", id)
                .contentType(MediaType.APPLICATION_JSON).body(clinic).retrieve().body(ClinicDetails.class));
    }

    List<Closure> closures(UUID clinicId) {
        return therapist.call("closures", rest -> rest.get().uri("/clinics/{id}/closures", clinicId).retrieve()
                .body(new ParameterizedTypeReference<List<Closure>>() {
                }));
    }

    void close(UUID clinicId, Closure closure) {
        therapist.call("closure", rest -> rest.post().uri("/clinics/{id}/closures", clinicId)
                .contentType(MediaType.APPLICATION_JSON).body(closure).retrieve().toBodilessEntity());
    }

    void reopen(UUID clinicId, java.time.LocalDate day) {
        therapist.call("closure", rest -> rest.delete().uri("/clinics/{id}/closures/{date}", clinicId, day)
                .retrieve().toBodilessEntity());
    }

    List<SpecialtyDetails> specialties() {
        return therapist.call("specialties", rest -> rest.get().uri("/specialties").retrieve()
                .body(new ParameterizedTypeReference<List<SpecialtyDetails>>() {
                }));
    }

    SpecialtyDetails addSpecialty(SpecialtyDetails specialty) {
        return therapist.call("specialty", rest -> rest.post().uri("/specialties")
                .contentType(MediaType.APPLICATION_JSON).body(specialty).retrieve().body(SpecialtyDetails.class));
    }

    List<TherapistDetails> therapists(UUID clinicId) {
        return therapist.call("therapists", rest -> rest.get()
                .uri(builder -> builder.path("/therapists").queryParamIfPresent("clinicId",
                        java.util.Optional.ofNullable(clinicId)).build())
                .retrieve().body(new ParameterizedTypeReference<List<TherapistDetails>>() {
                }));
    }

    TherapistDetails therapist(UUID id) {
        return therapist.call("therapist", rest -> rest.get().uri("/therapists/{id}", id).retrieve()
                .body(TherapistDetails.class));
    }

    TherapistDetails register(TherapistRequest request) {
        return therapist.call("therapist", rest -> rest.post().uri("/therapists")
                .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().body(TherapistDetails.class));
    }

    TherapistDetails revise(UUID id, TherapistRequest request) {
        return therapist.call("therapist", rest -> rest.put().uri("/therapists/{id}", id)
                .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().body(TherapistDetails.class));
    }

    void deactivate(UUID id) {
        therapist.call("therapist", rest -> rest.post().uri("/therapists/{id}/deactivation", id).retrieve()
                .toBodilessEntity());
    }

    void saveSchedule(UUID id, Schedule schedule) {
        therapist.call("schedule", rest -> rest.put().uri("/therapists/{id}/shifts", id)
                .contentType(MediaType.APPLICATION_JSON).body(schedule).retrieve().toBodilessEntity());
    }

    List<CalendarEntry> previewSchedule(UUID id, Schedule schedule, LocalDate from, LocalDate to) {
        return therapist.call("schedule", rest -> rest.post()
                .uri("/therapists/{id}/shifts/preview?from={from}&to={to}", id, from, to)
                .contentType(MediaType.APPLICATION_JSON).body(schedule).retrieve().body(ENTRIES));
    }

    List<CalendarEntry> calendar(UUID id, LocalDate from, LocalDate to) {
        return therapist.call("calendar", rest -> rest.get()
                .uri("/therapists/{id}/calendar?from={from}&to={to}", id, from, to).retrieve().body(ENTRIES));
    }

    TimeOff addTimeOff(UUID id, TimeOffRequest timeOff) {
        return therapist.call("time off", rest -> rest.post().uri("/therapists/{id}/time-off", id)
                .contentType(MediaType.APPLICATION_JSON).body(timeOff).retrieve().body(TimeOff.class));
    }

    void removeTimeOff(UUID id, UUID timeOffId) {
        therapist.call("time off", rest -> rest.delete().uri("/therapists/{id}/time-off/{timeOffId}", id, timeOffId)
                .retrieve().toBodilessEntity());
    }
}
