package com.clinicnet.therapist.therapist;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.TherapistProfileUpdatedV1;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;
import com.clinicnet.therapist.clinic.ClinicDirectory;
import com.clinicnet.therapist.specialty.SpecialtyCatalog;

/** Takes therapists onto the roster and publishes their profile with every change (through the outbox). */
@Service
public class TherapistRoster {

    private final TherapistRepository therapists;
    private final ClinicDirectory clinics;
    private final SpecialtyCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TherapistRoster(TherapistRepository therapists, ClinicDirectory clinics, SpecialtyCatalog catalog,
            ApplicationEventPublisher events, Clock clock) {
        this.therapists = therapists;
        this.clinics = clinics;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Therapist register(Caller caller, TherapistRequest request) {
        caller.requireAny(Role.ADMIN);
        Therapist therapist = request.toTherapist(UUID.randomUUID(), true, 1);
        requireKnownClinicsAndSpecialties(therapist);
        therapists.insert(therapist);
        publish(therapist);
        return therapist;
    }

    @Transactional(readOnly = true)
    public Therapist find(Caller caller, UUID id) {
        caller.requireAny(Role.values());
        return therapists.find(id).orElseThrow(() -> new NotFoundException("Therapist", id));
    }

    /** The active therapists who work at the clinic. */
    @Transactional(readOnly = true)
    public List<Therapist> atClinic(Caller caller, UUID clinicId) {
        caller.requireAny(Role.values());
        return therapists.findAtClinic(clinicId);
    }

    private void requireKnownClinicsAndSpecialties(Therapist therapist) {
        Set<UUID> unknownClinics = clinics.unknownAmong(therapist.clinicIds());
        if (!unknownClinics.isEmpty()) {
            throw new RuleViolationException("clinicIds", "No such clinic: " + unknownClinics);
        }
        Set<String> unknownSpecialties = catalog.unknownAmong(
                therapist.specialties().stream().map(Therapist.SpecialtyLevel::code).toList());
        if (!unknownSpecialties.isEmpty()) {
            throw new RuleViolationException("specialties", "Not in the specialty catalogue: " + unknownSpecialties);
        }
    }

    private void publish(Therapist therapist) {
        events.publishEvent(new TherapistProfileUpdatedV1(UUID.randomUUID(), clock.instant(), therapist.id(),
                therapist.name(), therapist.active(), therapist.clinicIds().stream().sorted().toList(),
                therapist.specialties().stream()
                        .map(s -> new TherapistProfileUpdatedV1.Specialty(s.code(), s.level())).toList(),
                therapist.version()));
    }
}
