package com.clinicnet.therapist.clinic;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.ClinicUpdatedV1;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * Opens and changes clinics. Every change is published as the clinic's full state in the same transaction
 * (the outbox), so the booking side never misses one.
 */
@Service
public class ClinicDirectory {

    private final ClinicRepository clinics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClinicDirectory(ClinicRepository clinics, ApplicationEventPublisher events, Clock clock) {
        this.clinics = clinics;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Clinic open(Caller caller, ClinicRequest request) {
        caller.requireAny(Role.ADMIN);
        Clinic clinic = request.toClinic(UUID.randomUUID());
        clinics.insert(clinic);
        publish(clinic);
        return clinic;
    }

    @Transactional
    public Clinic revise(Caller caller, UUID id, ClinicRequest request) {
        caller.requireAny(Role.ADMIN);
        Clinic current = clinics.findForUpdate(id).orElseThrow(() -> new NotFoundException("Clinic", id));
        Clinic revised = current.revisedAs(request.toClinic(id));
        clinics.update(revised);
        publish(revised);
        return revised;
    }

    @Transactional(readOnly = true)
    public Clinic find(Caller caller, UUID id) {
        caller.requireAny(Role.values());
        return clinics.find(id).orElseThrow(() -> new NotFoundException("Clinic", id));
    }

    @Transactional(readOnly = true)
    public List<Clinic> inCity(Caller caller, String city) {
        caller.requireAny(Role.values());
        return city == null || city.isBlank() ? clinics.findAll() : clinics.findInCity(city);
    }

    /** The ids among these that are not clinics of the network. */
    @Transactional(readOnly = true)
    public Set<UUID> unknownAmong(Collection<UUID> ids) {
        Set<UUID> unknown = new java.util.HashSet<>(ids);
        clinics.existing(ids).forEach(unknown::remove);
        return unknown;
    }

    private void publish(Clinic clinic) {
        events.publishEvent(new ClinicUpdatedV1(UUID.randomUUID(), clock.instant(), clinic.id(), clinic.name(),
                clinic.city(), clinic.address(), clinic.timeZone().getId(), clinic.treatmentRooms(),
                (int) clinic.bufferAfterSession().toMinutes(), clinic.version()));
    }
}
