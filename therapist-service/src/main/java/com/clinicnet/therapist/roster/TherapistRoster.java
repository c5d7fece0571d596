package com.clinicnet.therapist.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.TherapistProfileUpdatedV2;
import com.clinicnet.events.TherapistRemovedV1;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;
import com.clinicnet.therapist.audit.AuditAction;
import com.clinicnet.therapist.clinic.Clinic;
import com.clinicnet.therapist.clinic.ClinicAdministration;
import com.clinicnet.therapist.specialty.SpecialtyCatalog;
import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WorkingCalendar;
import com.clinicnet.workingtime.WorkingInterval;

/**
 * The roster of therapists: profiles, weekly schedules and time off. Every change publishes the therapist's full
 * current state (through the outbox, in the same transaction); a removal publishes a tombstone. Every change is
 * audited in that transaction too, under the therapist's id.
 */
@Service
class TherapistRoster {

    private static final int MAX_CALENDAR_DAYS = 93;

    private final TherapistRepository therapists;
    private final ClinicAdministration clinics;
    private final SpecialtyCatalog catalog;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TherapistRoster(TherapistRepository therapists, ClinicAdministration clinics, SpecialtyCatalog catalog,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.therapists = therapists;
        this.clinics = clinics;
        this.catalog = catalog;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Therapist register(Caller caller, TherapistRequest request) {
        caller.requireAny(Role.ADMIN);
        Therapist therapist = request.toTherapist(UUID.randomUUID(), true, 1);
        requireKnownClinicsAndSpecialties(therapist);
        therapists.insert(therapist);
        audit.record(caller, AuditAction.THERAPIST_REGISTERED, "therapist", therapist.id());
        publish(therapist);
        return therapist;
    }

    @Transactional
    public Therapist revise(Caller caller, UUID id, TherapistRequest request) {
        caller.requireAny(Role.ADMIN);
        Therapist current = locked(id);
        Therapist revised = current.revisedAs(request.toTherapist(id, current.active(), current.version()));
        requireKnownClinicsAndSpecialties(revised);
        requireNoShiftsAtClinicsLeft(revised);
        therapists.update(revised);
        audit.record(caller, AuditAction.THERAPIST_REVISED, "therapist", id);
        publish(revised);
        return revised;
    }

    @Transactional
    public Therapist deactivate(Caller caller, UUID id) {
        caller.requireAny(Role.ADMIN);
        Therapist deactivated = locked(id).deactivated();
        therapists.update(deactivated);
        audit.record(caller, AuditAction.THERAPIST_DEACTIVATED, "therapist", id);
        publish(deactivated);
        return deactivated;
    }

    /** Removes a profile entered by mistake; it leaves a tombstone on {@code therapist.profiles}. */
    @Transactional
    public void remove(Caller caller, UUID id) {
        caller.requireAny(Role.ADMIN);
        locked(id);
        therapists.delete(id);
        audit.record(caller, AuditAction.THERAPIST_REMOVED, "therapist", id);
        events.publishEvent(new TherapistRemovedV1(UUID.randomUUID(), clock.instant(), id));
    }

    @Transactional
    public Therapist setSchedule(Caller caller, UUID id, ScheduleRequest request) {
        caller.requireAny(Role.ADMIN);
        Therapist therapist = locked(id);
        ScheduleRules.requireWorkable(request, therapist, clinics.byIds(therapist.clinicIds()), LocalDate.now(clock));
        therapists.replaceSchedule(id, request.toSchedule());
        audit.record(caller, AuditAction.SCHEDULE_CHANGED, "therapist", id, "from " + request.effectiveFrom());
        return republish(therapist);
    }

    @Transactional
    public TimeOff addTimeOff(Caller caller, UUID id, TimeOffRequest request) {
        Therapist therapist = existingForStaffOrSelf(caller, id);
        if (!request.from().isBefore(request.to())) {
            throw new RuleViolationException("to", "Time off must end after it starts");
        }
        TimeOff timeOff = new TimeOff(UUID.randomUUID(), request.from().toInstant(), request.to().toInstant(),
                request.reason());
        therapists.addTimeOff(id, timeOff);
        audit.record(caller, AuditAction.TIME_OFF_ADDED, "therapist", id, "time off " + timeOff.id());
        republish(therapist);
        return timeOff;
    }

    @Transactional
    public void removeTimeOff(Caller caller, UUID id, UUID timeOffId) {
        Therapist therapist = existingForStaffOrSelf(caller, id);
        if (!therapists.removeTimeOff(id, timeOffId)) {
            throw new NotFoundException("Time off", timeOffId);
        }
        audit.record(caller, AuditAction.TIME_OFF_REMOVED, "therapist", id, "time off " + timeOffId);
        republish(therapist);
    }

    @Transactional(readOnly = true)
    public TherapistResponse find(Caller caller, UUID id) {
        caller.requireAny(Role.values());
        Therapist therapist = existing(id);
        return TherapistResponse.of(therapist, currentSchedules(id), visibleTimeOff(caller, id));
    }

    @Transactional(readOnly = true)
    public List<Therapist> search(Caller caller, UUID clinicId, String specialty, Integer minLevel) {
        caller.requireAny(Role.values());
        return therapists.search(clinicId, specialty, minLevel);
    }

    /** The concrete working intervals from one local date to another, in each clinic's zone, minus time off. */
    @Transactional(readOnly = true)
    public List<WorkingInterval> calendar(Caller caller, UUID id, LocalDate from, LocalDate to) {
        caller.requireAny(Role.values());
        requireCalendarRange(from, to);
        Therapist therapist = existing(id);
        return WorkingCalendar.expand(therapists.schedules(id), zones(clinics.byIds(therapist.clinicIds())),
                absences(id), from, to);
    }

    /**
     * The calendar as it would be if the proposed schedule were saved; validated as saving it would be, nothing
     * stored, nothing published.
     */
    @Transactional(readOnly = true)
    public List<WorkingInterval> previewSchedule(Caller caller, UUID id, ScheduleRequest request, LocalDate from,
            LocalDate to) {
        caller.requireAny(Role.ADMIN);
        requireCalendarRange(from, to);
        Therapist therapist = existing(id);
        Map<UUID, Clinic> theirClinics = clinics.byIds(therapist.clinicIds());
        ScheduleRules.requireWorkable(request, therapist, theirClinics, LocalDate.now(clock));
        return SchedulePreview.calendar(therapists.schedules(id), request.toSchedule(), zones(theirClinics),
                absences(id), from, to);
    }

    private static void requireCalendarRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_CALENDAR_DAYS).isBefore(to)) {
            throw new RuleViolationException("to", "A calendar covers from 1 to " + MAX_CALENDAR_DAYS + " days");
        }
    }

    private static Map<UUID, ZoneId> zones(Map<UUID, Clinic> theirClinics) {
        return theirClinics.values().stream().collect(Collectors.toMap(Clinic::id, Clinic::timeZone));
    }

    private List<Absence> absences(UUID id) {
        return therapists.timeOffEndingAfter(id, Instant.EPOCH).stream()
                .map(timeOff -> new Absence(timeOff.from(), timeOff.to())).toList();
    }

    private Therapist existing(UUID id) {
        return therapists.find(id).orElseThrow(() -> new NotFoundException("Therapist", id));
    }

    /** The therapist, locked until the change commits, so two changes never publish the same version. */
    private Therapist locked(UUID id) {
        return therapists.findForUpdate(id).orElseThrow(() -> new NotFoundException("Therapist", id));
    }

    private Therapist existingForStaffOrSelf(Caller caller, UUID id) {
        caller.requireAny(Role.ADMIN, Role.THERAPIST);
        if (caller.is(Role.THERAPIST) && !caller.is(Role.ADMIN) && !caller.isSubject(id)) {
            throw new NotFoundException("Therapist", id);
        }
        return locked(id);
    }

    private List<TimeOff> visibleTimeOff(Caller caller, UUID id) {
        List<TimeOff> timeOff = therapists.timeOffEndingAfter(id, clock.instant());
        boolean staffOrSelf = caller.is(Role.ADMIN) || caller.isSubject(id);
        return staffOrSelf ? timeOff : timeOff.stream().map(TimeOff::withoutReason).toList();
    }

    /** The schedule in force today and any that start later; older ones no longer matter to anyone booking. */
    private List<WeeklySchedule> currentSchedules(UUID id) {
        List<WeeklySchedule> all = therapists.schedules(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate inForce = WorkingCalendar.inForceOn(all, today).map(WeeklySchedule::effectiveFrom).orElse(today);
        return all.stream().filter(schedule -> !schedule.effectiveFrom().isBefore(inForce)).toList();
    }

    private void requireKnownClinicsAndSpecialties(Therapist therapist) {
        Set<UUID> unknownClinics = new java.util.HashSet<>(therapist.clinicIds());
        unknownClinics.removeAll(clinics.byIds(therapist.clinicIds()).keySet());
        if (!unknownClinics.isEmpty()) {
            throw new RuleViolationException("clinicIds", "No such clinic: " + unknownClinics);
        }
        Set<String> unknownSpecialties = catalog.unknownAmong(
                therapist.specialties().stream().map(Therapist.SpecialtyLevel::code).toList());
        if (!unknownSpecialties.isEmpty()) {
            throw new RuleViolationException("specialties", "Not in the specialty catalogue: " + unknownSpecialties);
        }
    }

    private void requireNoShiftsAtClinicsLeft(Therapist revised) {
        currentSchedules(revised.id()).stream().flatMap(schedule -> schedule.shifts().stream())
                .filter(shift -> !revised.clinicIds().contains(shift.clinicId()))
                .findFirst()
                .ifPresent(shift -> {
                    throw new RuleViolationException("clinicIds", "The therapist still has shifts at clinic "
                            + shift.clinicId() + "; change the schedule first");
                });
    }

    private Therapist republish(Therapist therapist) {
        Therapist next = therapist.nextVersion();
        therapists.update(next);
        publish(next);
        return next;
    }

    private void publish(Therapist therapist) {
        events.publishEvent(new TherapistProfileUpdatedV2(UUID.randomUUID(), clock.instant(), therapist.id(),
                therapist.name(), therapist.active(), therapist.languages(),
                therapist.clinicIds().stream().sorted().toList(),
                therapist.specialties().stream()
                        .map(s -> new TherapistProfileUpdatedV2.Specialty(s.code(), s.level())).toList(),
                currentSchedules(therapist.id()).stream()
                        .map(schedule -> new TherapistProfileUpdatedV2.WeeklySchedule(schedule.effectiveFrom(),
                                schedule.shifts().stream().map(shift -> new TherapistProfileUpdatedV2.Shift(
                                        shift.clinicId(), shift.weekday(), shift.starts(), shift.ends())).toList()))
                        .toList(),
                therapists.timeOffEndingAfter(therapist.id(), clock.instant()).stream()
                        .map(timeOff -> new TherapistProfileUpdatedV2.TimeOff(timeOff.id(), timeOff.from(), timeOff.to()))
                        .toList(),
                therapist.version()));
    }
}
