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
class SessionRescheduling {

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
        SessionAccess.requireMayChange(caller, session);
        Instant newStart = request.startsAt().toInstant();
        policy.requireBookableStart(newStart, clock.instant());
        ClinicView clinic = directory.clinic(session.clinicId())
                .orElseThrow(() -> new RuleViolationException("clinicId", "The clinic is no longer in the directory"));
        availability.requireWorkable(clinic, directory.therapist(session.therapistId()), session.therapistId(),
                newStart, session.length().duration());
        Session moved = updates.save(session.rescheduledTo(newStart,
                rooms.freeRoom(clinic, newStart, session.length(), id)));
        audit.record(caller, AuditAction.SESSION_RESCHEDULED, "session", id);
        events.rescheduled(session, moved);
        return moved;
    }
}
