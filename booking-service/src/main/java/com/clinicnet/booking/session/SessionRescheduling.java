package com.clinicnet.booking.session;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.booking.availability.Availability;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;

/** Moves a booked session to another time with the same therapist at the same clinic, in a room free then. */
@Service
public class SessionRescheduling {

    private final SessionLookup lookup;
    private final DirectoryReadModel directory;
    private final BookingPolicy policy;
    private final Availability availability;
    private final RoomAllocation rooms;
    private final SessionUpdates updates;
    private final AuditTrail audit;
    private final SessionEvents events;
    private final Clock clock;

    SessionRescheduling(SessionLookup lookup, DirectoryReadModel directory, BookingPolicy policy,
            Availability availability, RoomAllocation rooms, SessionUpdates updates, AuditTrail audit,
            SessionEvents events, Clock clock) {
        this.lookup = lookup;
        this.directory = directory;
        this.policy = policy;
        this.availability = availability;
        this.rooms = rooms;
        this.updates = updates;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Session reschedule(Caller caller, UUID id, RescheduleRequest request) {
        Session session = lookup.existing(id);
        return move(caller, session, session.therapistId(), session.clinicId(), request.startsAt().toInstant());
    }

    /**
     * Moves a session to a time offered instead of it, with this or another therapist, at this or another clinic,
     * judged as a booking is. A plan's session stays with its plan's therapist and clinic.
     */
    @Transactional
    public BookedSession moveTo(Caller caller, UUID id, UUID therapistId, UUID clinicId, Instant startsAt) {
        Session session = lookup.existing(id);
        boolean elsewhere = !session.therapistId().equals(therapistId) || !session.clinicId().equals(clinicId);
        if (elsewhere && lookup.isOfAPlan(id)) {
            throw new RuleViolationException("therapistId",
                    "A plan's sessions stay with its therapist and clinic; the front desk can change the plan");
        }
        Session moved = move(caller, session, therapistId, clinicId, startsAt);
        return new BookedSession(moved.id(), moved.clientId(), moved.therapistId(), moved.clinicId(),
                moved.startsAt(), moved.endsAt(), moved.clinicTimeZone(), moved.version());
    }

    private Session move(Caller caller, Session session, UUID therapistId, UUID clinicId, Instant newStart) {
        SessionAccess.requireMayChange(caller, session);
        policy.requireBookableStart(newStart, clock.instant());
        ClinicView clinic = directory.clinic(clinicId)
                .orElseThrow(() -> new RuleViolationException("clinicId", "The clinic is no longer in the directory"));
        availability.requireWorkable(clinic, directory.therapist(therapistId), therapistId, newStart,
                session.length().duration());
        int room = rooms.freeRoom(clinic, newStart, session.length(), session.id());
        Session moved = updates.save(session.movedTo(therapistId, clinic.id(), clinic.timeZone(),
                clinic.bufferAfterSession(), clinic.lateCancellationNotice(), newStart, room));
        audit.record(caller, AuditAction.SESSION_RESCHEDULED, "session", session.id());
        events.rescheduled(session, moved);
        return moved;
    }
}
