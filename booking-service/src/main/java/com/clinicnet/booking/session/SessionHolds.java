package com.clinicnet.booking.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.booking.availability.Availability;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;

/**
 * Sessions held for a client who has not decided yet (the first in line on a waitlist): a held session takes its
 * therapist and room under the same exclusion constraints as a booked one, so nobody else can book that time; taken,
 * it becomes a booked session like any other; let go, it is gone.
 */
@Service
public class SessionHolds {

    /** A held session is version 0, so the booked session it becomes starts at version 1 like every other. */
    private static final long HELD_VERSION = 0;
    /** Until a free room is chosen for it. */
    private static final int NO_ROOM_YET = 1;

    private final RoomAllocation rooms;
    private final SessionLookup lookup;
    private final SessionRepository sessions;
    private final SessionUpdates updates;
    private final DirectoryReadModel directory;
    private final Availability availability;
    private final AuditTrail audit;
    private final SessionEvents events;

    SessionHolds(RoomAllocation rooms, SessionLookup lookup, SessionRepository sessions, SessionUpdates updates,
            DirectoryReadModel directory, Availability availability, AuditTrail audit, SessionEvents events) {
        this.rooms = rooms;
        this.lookup = lookup;
        this.sessions = sessions;
        this.updates = updates;
        this.directory = directory;
        this.availability = availability;
        this.audit = audit;
        this.events = events;
    }

    /** Holds the time for the client, in a free room; empty when the therapist or every room is taken then. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> hold(UUID clientId, ClinicView clinic, TherapistView therapist, Instant startsAt,
            Duration length) {
        SessionLength sessionLength = SessionLength.ofMinutes((int) length.toMinutes()).orElseThrow();
        Session held = new Session(UUID.randomUUID(), clientId, therapist.id(), clinic.id(), NO_ROOM_YET, startsAt, sessionLength,
                clinic.bufferAfterSession(), clinic.timeZone(), clinic.lateCancellationNotice(), SessionStatus.HELD,
                HELD_VERSION);
        return rooms.insertIfFree(held, clinic).map(Session::id);
    }

    /**
     * The client takes the held session: booked from now, audited and told as any booking is. Refused (409) when the
     * therapist no longer works that time (the directory changed while it was held).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BookedSession take(Caller caller, UUID sessionId) {
        Session held = lookup.existing(sessionId);
        Session booked = held.confirmed();
        ClinicView clinic = directory.clinic(held.clinicId())
                .orElseThrow(() -> new ConflictException("The clinic no longer takes bookings"));
        Optional<TherapistView> therapist = directory.therapist(held.therapistId());
        try {
            availability.requireWorkable(clinic, therapist, held.therapistId(), held.startsAt(),
                    held.length().duration());
        }
        catch (RuleViolationException noLonger) {
            throw new ConflictException("The therapist no longer works at that time; the time cannot be taken");
        }
        updates.save(booked);
        audit.record(caller, AuditAction.SESSION_BOOKED, "session", sessionId);
        events.booked(booked);
        return BookedSession.of(booked);
    }

    /** Lets the held session go, so its time is free again; false when it was no longer held. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean release(UUID sessionId) {
        return sessions.deleteHeld(sessionId);
    }
}
