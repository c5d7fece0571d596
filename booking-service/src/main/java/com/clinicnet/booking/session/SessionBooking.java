package com.clinicnet.booking.session;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.booking.availability.Availability;
import com.clinicnet.booking.client.ClientRegistry;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.intake.IntakeRecords;
import com.clinicnet.booking.plan.TreatmentPlans;
import com.clinicnet.events.ClientArrivedV1;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.events.SessionCancelledV2;
import com.clinicnet.events.SessionCompletedV1;
import com.clinicnet.events.SessionNoShowV1;
import com.clinicnet.events.SessionRescheduledV1;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import tools.jackson.databind.json.JsonMapper;

/**
 * Books sessions from booking's own read model (never a call to the therapist service). The database's
 * exclusion constraints are the last word on double booking: a lost race is a 409, never two sessions.
 */
@Service
public class SessionBooking {

    private static final long FIRST_VERSION = 1;

    private final SessionRepository sessions;
    private final DirectoryReadModel directory;
    private final ClientRegistry clients;
    private final BookingPolicy policy;
    private final AuditTrail audit;
    private final Availability availability;
    private final IdempotentRequests idempotentRequests;
    private final IntakeRecords intakes;
    private final TreatmentPlans plans;
    private final BookingConflicts conflicts;
    private final TransactionTemplate savepoint;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionBooking(SessionRepository sessions, DirectoryReadModel directory, ClientRegistry clients,
            BookingPolicy policy, AuditTrail audit, Availability availability, IdempotentRequests idempotentRequests,
            IntakeRecords intakes, TreatmentPlans plans, BookingConflicts conflicts,
            PlatformTransactionManager transactions, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.directory = directory;
        this.clients = clients;
        this.policy = policy;
        this.audit = audit;
        this.availability = availability;
        this.idempotentRequests = idempotentRequests;
        this.intakes = intakes;
        this.plans = plans;
        this.conflicts = conflicts;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Books at most once per Idempotency-Key: a retry (even concurrent) gets the first answer, byte for byte.
     */
    @Transactional
    public IdempotentAnswer bookOnce(Caller caller, String idempotencyKey, SessionRequest request) {
        Optional<IdempotentRequests.StoredAnswer> stored = idempotentRequests.claim(caller.subject(), idempotencyKey,
                json.writeValueAsString(request));
        if (stored.isPresent()) {
            return new IdempotentAnswer(stored.get().status(), stored.get().location(), stored.get().response());
        }
        Session session = book(caller, request);
        IdempotentAnswer answer = new IdempotentAnswer(HttpStatus.CREATED.value(), "/sessions/" + session.id(),
                json.writeValueAsString(SessionResponse.of(session)));
        idempotentRequests.remember(caller.subject(), idempotencyKey, answer.status(), answer.location(), answer.body());
        return answer;
    }

    /** The answer to a booking request, as first given. */
    public record IdempotentAnswer(int status, String location, String body) {
    }

    @Transactional
    public Session book(Caller caller, SessionRequest request) {
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
        availability.requireWorkable(clinic, therapist.id(), startsAt, length.duration());

        Session session = place(request, clinic, startsAt, length);
        session = insertIntoAFreeRoom(session, clinic);
        if (request.planId() != null) {
            plans.bookInto(caller, request.planId(), session.id(), session.clientId(), session.therapistId(),
                    session.clinicId());
        }
        audit.record(caller, AuditAction.SESSION_BOOKED, "session", session.id());
        publishBooked(session);
        return session;
    }

    @Transactional(readOnly = true)
    public Session find(Caller caller, UUID id) {
        Session session = existing(id);
        SessionAccess.requireMayRead(caller, session);
        return session;
    }

    private Session place(SessionRequest request, ClinicView clinic, Instant startsAt, SessionLength length) {
        UUID id = UUID.randomUUID();
        return new Session(id, request.clientId(), request.therapistId(), clinic.id(),
                freeRoom(clinic, startsAt, length, id), startsAt, length, clinic.bufferAfterSession(), clinic.timeZone(),
                clinic.lateCancellationNotice(), SessionStatus.BOOKED, FIRST_VERSION);
    }

    private int freeRoom(ClinicView clinic, Instant startsAt, SessionLength length, UUID sessionId) {
        Instant blockedUntil = startsAt.plus(length.duration()).plus(clinic.bufferAfterSession());
        return policy.freeRoom(clinic, sessions.roomsInUse(clinic.id(), startsAt, blockedUntil, sessionId), sessionId)
                .orElseThrow(() -> conflicts.slotTaken(clinic.id(),
                        "The slot was just taken: no treatment room is free then"));
    }

    @Transactional
    public Session cancel(Caller caller, UUID id) {
        return cancel(caller, id, null);
    }

    /** Cancels, keeping the desk's reason (if given) with the session and in the audit trail, never in the event. */
    @Transactional
    public Session cancel(Caller caller, UUID id, CancellationReason why) {
        Session session = existing(id);
        SessionAccess.requireMayChange(caller, session);
        return cancelled(caller, session, session.isLateCancellationAt(clock.instant()), SessionCancelledV2.REQUESTED,
                why);
    }

    /** Cancels a session the caller may cancel, for a reason of {@link SessionCancelledV2}: saved, audited, told. */
    Session cancelled(Caller caller, Session session, boolean late, String reason) {
        return cancelled(caller, session, late, reason, null);
    }

    private Session cancelled(Caller caller, Session session, boolean late, String reason, CancellationReason why) {
        Session cancelled = save(session.cancelled(), late, why);
        if (why == null) {
            audit.record(caller, AuditAction.SESSION_CANCELLED, "session", session.id());
        }
        else {
            audit.record(caller, AuditAction.SESSION_CANCELLED, "session", session.id(), why.name());
        }
        events.publishEvent(new SessionCancelledV2(UUID.randomUUID(), clock.instant(), session.id(), session.clientId(),
                session.therapistId(), session.clinicId(), session.startsAt(), session.clinicTimeZone().getId(),
                caller.is(Role.CLIENT) ? "CLIENT" : "CLINIC", late, reason, cancelled.version()));
        return cancelled;
    }

    @Transactional
    public Session reschedule(Caller caller, UUID id, RescheduleRequest request) {
        Session session = existing(id);
        SessionAccess.requireMayChange(caller, session);
        Instant newStart = request.startsAt().toInstant();
        policy.requireBookableStart(newStart, clock.instant());
        ClinicView clinic = directory.clinic(session.clinicId())
                .orElseThrow(() -> new RuleViolationException("clinicId", "The clinic is no longer in the directory"));
        availability.requireWorkable(clinic, session.therapistId(), newStart, session.length().duration());
        Session moved = save(session.rescheduledTo(newStart, freeRoom(clinic, newStart, session.length(), id)), false);
        audit.record(caller, AuditAction.SESSION_RESCHEDULED, "session", id);
        events.publishEvent(new SessionRescheduledV1(UUID.randomUUID(), clock.instant(), id, moved.clientId(),
                moved.therapistId(), moved.clinicId(), moved.room(), session.startsAt(), moved.startsAt(), moved.endsAt(),
                moved.clinicTimeZone().getId(), moved.length().minutes(), moved.version()));
        return moved;
    }

    @Transactional
    public Session complete(Caller caller, UUID id) {
        Session session = existing(id);
        SessionAccess.requireMayRecordAttendance(caller, session);
        Session completed = save(session.completedAt(clock.instant()), false);
        plans.sessionCompleted(caller, id, session.startsAt());
        audit.record(caller, AuditAction.SESSION_COMPLETED, "session", id);
        events.publishEvent(new SessionCompletedV1(UUID.randomUUID(), clock.instant(), id, session.clientId(),
                session.therapistId(), session.clinicId(), session.startsAt(), completed.version()));
        return completed;
    }

    @Transactional
    public Session noShow(Caller caller, UUID id) {
        Session session = existing(id);
        SessionAccess.requireMayRecordAttendance(caller, session);
        Session missed = save(session.noShowAt(clock.instant()), false);
        audit.record(caller, AuditAction.SESSION_NO_SHOW, "session", id);
        events.publishEvent(new SessionNoShowV1(UUID.randomUUID(), clock.instant(), id, session.clientId(),
                session.therapistId(), session.clinicId(), session.startsAt(), missed.version()));
        return missed;
    }

    /**
     * The front desk saw the client come in. Marking it again answers the session as it is, with no second event,
     * so a desk that clicks twice (or two desks at once) tells the others once.
     */
    @Transactional
    public Session arrive(Caller caller, UUID id) {
        Session session = existing(id);
        SessionAccess.requireMayMarkArrival(caller, session);
        Session arrived = session.arrived(clock.instant());
        if (arrived == session) {
            return session;
        }
        if (!sessions.update(arrived, false, null)) {
            // another desk marked it a moment earlier: its answer is ours; any other change is a conflict
            Session meanwhile = existing(id);
            if (meanwhile.hasArrived()) {
                return meanwhile;
            }
            throw new ConflictException("The session was changed at the same moment; reload it and try again");
        }
        audit.record(caller, AuditAction.CLIENT_ARRIVED, "session", id);
        events.publishEvent(new ClientArrivedV1(UUID.randomUUID(), clock.instant(), id, arrived.clientId(),
                arrived.therapistId(), arrived.clinicId(), arrived.arrivedAt(), arrived.version()));
        return arrived;
    }

    @Transactional(readOnly = true)
    public List<Session> ofClient(Caller caller, UUID clientId) {
        java.util.function.Predicate<Session> visible = SessionAccess.visibleTo(caller, clientId,
                () -> clients.isKnownAtClinicsOf(caller, clientId));
        return sessions.ofClient(clientId).stream().filter(visible).toList();
    }

    private Session existing(UUID id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("Session", id));
    }

    private Session save(Session changed, boolean lateCancellation) {
        return save(changed, lateCancellation, null);
    }

    private Session save(Session changed, boolean lateCancellation, CancellationReason why) {
        try {
            if (!sessions.update(changed, lateCancellation, why)) {
                throw new ConflictException("The session was changed at the same moment; reload it and try again");
            }
            return changed;
        }
        catch (DataIntegrityViolationException e) {
            throw conflicts.slotTaken(changed.clinicId(), "The slot was just taken; please choose another");
        }
    }

    /**
     * Inserts the session; if another booking took its room a moment earlier, chooses again among the rooms still
     * free (each try in a savepoint, so the transaction survives the refused insert). The therapist being taken is
     * final: 409. A deadlock with another booking aborts the whole transaction, which DeadlockVictims runs again.
     */
    private Session insertIntoAFreeRoom(Session session, ClinicView clinic) {
        Session candidate = session;
        for (int attempt = 0; attempt < clinic.treatmentRooms(); attempt++) {
            try {
                Session toInsert = candidate;
                savepoint.executeWithoutResult(status -> sessions.insert(toInsert));
                return candidate;
            }
            catch (DataIntegrityViolationException e) {
                if (String.valueOf(e.getMessage()).contains("session_therapist_not_double_booked")) {
                    throw conflicts.slotTaken(clinic.id(),
                            "The slot was just taken: the therapist is already booked at that time");
                }
                candidate = candidate.inRoom(freeRoom(clinic, candidate.startsAt(), candidate.length(), candidate.id()));
            }
        }
        throw conflicts.slotTaken(clinic.id(), "The slot was just taken: no treatment room is free then");
    }

    private void publishBooked(Session session) {
        events.publishEvent(new SessionBookedV1(UUID.randomUUID(), clock.instant(), session.id(),
                session.clientId(), session.therapistId(), session.clinicId(), session.room(), session.startsAt(),
                session.endsAt(), session.clinicTimeZone().getId(), session.length().minutes(), session.version()));
    }
}
