package com.clinicnet.therapist.clinic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.ClinicUpdatedV3;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
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

    /** The days the clinic is closed, from today in its zone on. */
    @Transactional(readOnly = true)
    public List<Closure> closuresOf(Caller caller, UUID id) {
        Clinic clinic = find(caller, id);
        return clinics.closuresFrom(id, today(clinic));
    }

    /**
     * Closes the clinic for a day (a holiday, a closure): booking stops offering it and disrupts what is booked on it,
     * so its clients hear at once. A day already past cannot be closed; a day closed already is a conflict.
     */
    @Transactional
    public Closure close(Caller caller, UUID id, Closure closure) {
        caller.requireAny(Role.ADMIN);
        Clinic current = clinics.findForUpdate(id).orElseThrow(() -> new NotFoundException("Clinic", id));
        if (closure.date().isBefore(today(current))) {
            throw new RuleViolationException("date", "A day already past cannot be closed");
        }
        if (!clinics.addClosure(id, closure)) {
            throw new ConflictException("The clinic is already closed on " + closure.date());
        }
        changed(caller, current, "closed on " + closure.date());
        return closure;
    }

    /** Opens a closed day again; the clinic's sessions and slots that day come back. */
    @Transactional
    public void reopen(Caller caller, UUID id, LocalDate day) {
        caller.requireAny(Role.ADMIN);
        Clinic current = clinics.findForUpdate(id).orElseThrow(() -> new NotFoundException("Clinic", id));
        if (!clinics.removeClosure(id, day)) {
            throw new NotFoundException("Closure on " + day + " of clinic", id);
        }
        changed(caller, current, "open again on " + day);
    }

    /** The clinics with these ids, by id; unknown ids are simply absent. */
    @Transactional(readOnly = true)
    public Map<UUID, Clinic> byIds(Collection<UUID> ids) {
        return clinics.findAll(ids).stream().collect(Collectors.toMap(Clinic::id, Function.identity()));
    }

    /** A closure changed: the clinic's version moves on, so readers take the copy with it. */
    private void changed(Caller caller, Clinic current, String what) {
        Clinic revised = current.revisedAs(current);
        clinics.update(revised);
        audit.record(caller, AuditAction.CLINIC_REVISED, "clinic", current.id(), what);
        publish(revised);
    }

    private LocalDate today(Clinic clinic) {
        return LocalDate.now(clock.withZone(clinic.timeZone()));
    }

    private void publish(Clinic clinic) {
        events.publishEvent(new ClinicUpdatedV3(UUID.randomUUID(), clock.instant(), clinic.id(), clinic.name(),
                clinic.city(), clinic.address(), clinic.timeZone().getId(), clinic.treatmentRooms(),
                (int) clinic.bufferAfterSession().toMinutes(), (int) clinic.lateCancellationNotice().toMinutes(),
                List.copyOf(clinic.sessionTypes()),
                clinic.openingHours().stream()
                        .map(hours -> new ClinicUpdatedV3.OpeningHours(hours.weekday(), hours.opens(), hours.closes()))
                        .toList(),
                clinics.closuresFrom(clinic.id(), today(clinic)).stream()
                        .map(closure -> new ClinicUpdatedV3.Closure(closure.date(), closure.name())).toList(),
                clinic.version()));
    }
}
