package com.clinicnet.booking.session;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.booking.audit.AuditTrail;
import com.clinicnet.booking.availability.Availability;
import com.clinicnet.booking.client.ClientRegistry;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;

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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionBooking(SessionRepository sessions, DirectoryReadModel directory, ClientRegistry clients,
            BookingPolicy policy, AuditTrail audit, Availability availability, ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.directory = directory;
        this.clients = clients;
        this.policy = policy;
        this.audit = audit;
        this.availability = availability;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Session book(Caller caller, SessionRequest request) {
        SessionAccess.requireMayBook(caller, request.clientId(), request.clinicId());
        Instant startsAt = request.startsAt().toInstant();
        SessionLength length = policy.lengthOf(request.durationMinutes());
        policy.requireBookableStart(startsAt, clock.instant());
        if (!clients.exists(request.clientId())) {
            throw new RuleViolationException("clientId", "No such client");
        }
        ClinicView clinic = directory.clinic(request.clinicId())
                .orElseThrow(() -> new RuleViolationException("clinicId", "No such clinic"));
        TherapistView therapist = directory.therapist(request.therapistId())
                .orElseThrow(() -> new RuleViolationException("therapistId", "No such therapist"));
        policy.requireTherapistAt(therapist, clinic);
        availability.requireWorkable(clinic, therapist.id(), startsAt, length.duration());

        Session session = place(request, clinic, startsAt, length);
        insertOrConflict(session);
        audit.record(caller, AuditAction.SESSION_BOOKED, "session", session.id());
        publishBooked(session);
        return session;
    }

    @Transactional(readOnly = true)
    public Session find(Caller caller, UUID id) {
        Session session = sessions.find(id).orElseThrow(() -> new NotFoundException("Session", id));
        SessionAccess.requireMayRead(caller, session);
        return session;
    }

    private Session place(SessionRequest request, ClinicView clinic, Instant startsAt, SessionLength length) {
        Instant blockedUntil = startsAt.plus(length.duration()).plus(clinic.bufferAfterSession());
        int room = policy.freeRoom(clinic, sessions.roomsInUse(clinic.id(), startsAt, blockedUntil))
                .orElseThrow(() -> new ConflictException("No treatment room is free at this clinic at that time"));
        return new Session(UUID.randomUUID(), request.clientId(), request.therapistId(), clinic.id(), room, startsAt,
                length, clinic.bufferAfterSession(), clinic.timeZone(), SessionStatus.BOOKED, FIRST_VERSION);
    }

    private void insertOrConflict(Session session) {
        try {
            sessions.insert(session);
        }
        catch (DataIntegrityViolationException e) {
            throw new ConflictException(
                    String.valueOf(e.getMessage()).contains("session_therapist_not_double_booked")
                            ? "The therapist is already booked at that time"
                            : "The slot was just taken; please choose another");
        }
    }

    private void publishBooked(Session session) {
        events.publishEvent(new SessionBookedV1(UUID.randomUUID(), clock.instant(), session.id(),
                session.clientId(), session.therapistId(), session.clinicId(), session.room(), session.startsAt(),
                session.endsAt(), session.clinicTimeZone().getId(), session.length().minutes(), session.version()));
    }
}
