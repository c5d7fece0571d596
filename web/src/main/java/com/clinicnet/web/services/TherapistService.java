package com.clinicnet.web.services;

import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** therapist-service: clinics, therapists and the specialty catalogue. */
@Component
public class TherapistService {

    private final ServiceClient therapist;

    TherapistService(@Qualifier("therapistServiceClient") ServiceClient therapist) {
        this.therapist = therapist;
    }

    public List<Specialty> specialties() {
        return therapist.call("specialties", rest -> rest.get().uri("/specialties").retrieve()
                .body(new ParameterizedTypeReference<List<Specialty>>() {
                }));
    }

    /** Every concern some specialty addresses, so that whatever a client chooses can be treated. */
    public List<String> concerns() {
        return specialties().stream().flatMap(specialty -> specialty.addressesConcerns().stream()).distinct()
                .sorted().toList();
    }

    public List<Clinic> clinics() {
        return therapist.call("clinics", rest -> rest.get().uri("/clinics").retrieve()
                .body(new ParameterizedTypeReference<List<Clinic>>() {
                }));
    }

    public Clinic clinic(UUID clinicId) {
        return therapist.call("clinic", rest -> rest.get().uri("/clinics/{id}", clinicId).retrieve()
                .body(Clinic.class));
    }

    /** The therapist's name, unless they left the roster. */
    public java.util.Optional<String> therapistName(UUID therapistId) {
        try {
            return java.util.Optional.of(therapist(therapistId).name());
        }
        catch (ResourceNotFoundException gone) {
            return java.util.Optional.empty();
        }
    }

    /** The clinic's name, unless it is no longer in the directory. */
    public java.util.Optional<String> clinicName(UUID clinicId) {
        try {
            return java.util.Optional.of(clinic(clinicId).name());
        }
        catch (ResourceNotFoundException gone) {
            return java.util.Optional.empty();
        }
    }

    public Therapist therapist(UUID therapistId) {
        return therapist.call("therapist", rest -> rest.get().uri("/therapists/{id}", therapistId).retrieve()
                .body(Therapist.class));
    }

    public List<Therapist> therapistsAt(UUID clinicId) {
        return therapist.call("therapists", rest -> rest.get().uri("/therapists?clinicId={id}", clinicId)
                .retrieve().body(new ParameterizedTypeReference<List<Therapist>>() {
                }));
    }
}
