package com.clinicnet.booking.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.booking.availability.Availability;
import com.clinicnet.booking.client.ClientRegistry;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.intake.IntakeRecords;
import com.clinicnet.booking.plan.TreatmentPlans;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;

/**
 * Books sessions from booking's own copy of the directory (never a call to the therapist service), the clinic and
 * the therapist read once. The database's exclusion constraints are the last word on double booking: a lost race
 * is a 409, never two sessions.
 */
@Service
class SessionBooking {

    private static final long FIRST_VERSION = 1;

    private final DirectoryReadModel directory;
    private final ClientRegistry clients;
    private final BookingPolicy policy;
    private final IntakeRecords intakes;
    private final Availability availability;
    private final RoomAllocation rooms;
    private final TreatmentPlans plans;
    private final AuditTrail audit;
    private final SessionEvents events;
    private final Clock clock;

    SessionBooking(DirectoryReadModel directory, ClientRegistry clients, BookingPolicy policy, IntakeRecords intakes,
            Availability availability, RoomAllocation rooms, TreatmentPlans plans, AuditTrail audit,
            SessionEvents events, Clock clock) {
        this.directory = directory;
        this.clients = clients;
        this.policy = policy;
        this.intakes = intakes;
        this.availability = availability;
        this.rooms = rooms;
        this.plans = plans;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Session book(Caller caller, SessionRequest request) {
        SessionAccess.requireMayBook(caller, request.clinicId());
        Instant startsAt = request.startsAt().toInstant();
        SessionLength length = policy.lengthOf(request.durationMinutes());
        policy.requireBookableStart(startsAt, clock.instant());
        clients.requireBookableBy(caller, request.clientId());
        ClinicView clinic = directory.clinic(request.clinicId())
                .orElseThrow(() -> new RuleViolationException("clinicId", "No such clinic"));
        TherapistView therapist = directory.therapist(request.therapistId())
                .orElseThrow(() -> new RuleViolationException("therapistId", "No such therapist"));
        policy.requireTherapistAt(therapist, clinic);
        intakes.requireSafeToBook(request.clientId(), therapist);
        availability.requireWorkable(clinic, Optional.of(therapist), therapist.id(), startsAt, length.duration());
        if (request.planId() != null) {
            plans.requireBookableInto(request.planId(), request.clientId(), therapist.id(), clinic.id());
        }

        Session session = rooms.insertIntoAFreeRoom(placed(request, clinic, startsAt, length), clinic, request.planId());
        if (request.planId() != null) {
            plans.sessionBookedInto(caller, request.planId(), session.id(), session.clinicId());
        }
        audit.record(caller, AuditAction.SESSION_BOOKED, "session", session.id());
        events.booked(session);
        return session;
    }

    private Session placed(SessionRequest request, ClinicView clinic, Instant startsAt, SessionLength length) {
        UUID id = UUID.randomUUID();
        return new Session(id, request.clientId(), request.therapistId(), clinic.id(),
                rooms.freeRoom(clinic, startsAt, length, id), startsAt, length, clinic.bufferAfterSession(),
                clinic.timeZone(), clinic.lateCancellationNotice(), SessionStatus.BOOKED, FIRST_VERSION);
    }
}
