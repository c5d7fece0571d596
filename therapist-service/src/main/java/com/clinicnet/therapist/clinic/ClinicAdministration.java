package com.clinicnet.therapist.clinic;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.ClinicUpdatedV2;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;
import com.clinicnet.therapist.audit.AuditAction;

/**
 * The clinic administration: opens and changes clinics. Every change is published as the clinic's full state in the same transaction
 * (the outbox), so the booking side never misses one, and audited in it, naming who made it.
 */
@Service
public class ClinicAdministration {

    private final ClinicRepository clinics;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClinicAdministration(ClinicRepository clinics, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.clinics = clinics;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Clinic open(Caller caller, ClinicRequest request) {
        caller.requireAny(Role.ADMIN);
        Clinic clinic = request.toClinic(UUID.randomUUID());
        clinics.insert(clinic);
        audit.record(caller, AuditAction.CLINIC_OPENED, "clinic", clinic.id());
        publish(clinic);
        return clinic;
    }

    @Transactional
    public Clinic revise(Caller caller, UUID id, ClinicRequest request) {
        caller.requireAny(Role.ADMIN);
        Clinic current = clinics.findForUpdate(id).orElseThrow(() -> new NotFoundException("Clinic", id));
        Clinic revised = current.revisedAs(request.toClinic(id));
        clinics.update(revised);
        audit.record(caller, AuditAction.CLINIC_REVISED, "clinic", id);
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

    /** The clinics with these ids, by id; unknown ids are simply absent. */
    @Transactional(readOnly = true)
    public Map<UUID, Clinic> byIds(Collection<UUID> ids) {
        return clinics.findAll(ids).stream().collect(Collectors.toMap(Clinic::id, Function.identity()));
    }

    private void publish(Clinic clinic) {
        events.publishEvent(new ClinicUpdatedV2(UUID.randomUUID(), clock.instant(), clinic.id(), clinic.name(),
                clinic.city(), clinic.address(), clinic.timeZone().getId(), clinic.treatmentRooms(),
                (int) clinic.bufferAfterSession().toMinutes(), (int) clinic.lateCancellationNotice().toMinutes(),
                List.copyOf(clinic.sessionTypes()),
                clinic.openingHours().stream()
                        .map(hours -> new ClinicUpdatedV2.OpeningHours(hours.weekday(), hours.opens(), hours.closes()))
                        .toList(),
                clinic.version()));
    }
}
