package com.clinicnet.booking.session;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicnet.booking.directory.ClinicView;

/**
 * Chooses a treatment room that is free for a session and its buffer. The database's exclusion constraints are the
 * last word: a room taken a moment earlier by another booking is a refused insert, after which the choice is made
 * again among the rooms still free.
 */
@Component
class RoomAllocation {

    private static final String THERAPIST_TAKEN = "session_therapist_not_double_booked";
    private static final String NO_ROOM = "The slot was just taken: no treatment room is free then";

    private final SessionRepository sessions;
    private final BookingPolicy policy;
    private final BookingConflicts conflicts;
    private final TransactionTemplate savepoint;

    RoomAllocation(SessionRepository sessions, BookingPolicy policy, BookingConflicts conflicts,
            PlatformTransactionManager transactions) {
        this.sessions = sessions;
        this.policy = policy;
        this.conflicts = conflicts;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** A room free from the start until the session and the clinic's buffer after it end; 409 when none is. */
    int freeRoom(ClinicView clinic, Instant startsAt, SessionLength length, UUID sessionId) {
        return roomFreeFor(clinic, startsAt, length, sessionId).orElseThrow(() -> conflicts.slotTaken(clinic.id(),
                NO_ROOM));
    }

    /**
     * Inserts the session; if another booking took its room a moment earlier, chooses again among the rooms still
     * free (each try in a savepoint, so the transaction survives the refused insert). The therapist being taken is
     * final: 409. A deadlock with another booking aborts the whole transaction, which {@link DeadlockRetry} runs again.
     */
    Session insertIntoAFreeRoom(Session session, ClinicView clinic, UUID planId) {
        return switch (insert(session, clinic, planId)) {
            case Placed placed -> placed.session();
            case TherapistTaken taken -> throw conflicts.slotTaken(clinic.id(),
                    "The slot was just taken: the therapist is already booked at that time");
            case NoRoom none -> throw conflicts.slotTaken(clinic.id(), NO_ROOM);
        };
    }

    /**
     * Inserts a held session into a free room, as {@link #insertIntoAFreeRoom} does; empty when the time is taken
     * meanwhile, which is no refused booking.
     */
    Optional<Session> insertIfFree(Session session, ClinicView clinic) {
        return roomFreeFor(clinic, session.startsAt(), session.length(), session.id())
                .map(room -> insert(session.inRoom(room), clinic, null))
                .flatMap(placement -> placement instanceof Placed placed ? Optional.of(placed.session())
                        : Optional.empty());
    }

    private Placement insert(Session session, ClinicView clinic, UUID planId) {
        Optional<Integer> room = Optional.of(session.room());
        for (int attempt = 0; attempt < clinic.treatmentRooms() && room.isPresent(); attempt++) {
            Session candidate = session.inRoom(room.get());
            try {
                savepoint.executeWithoutResult(status -> sessions.insert(candidate, planId));
                return new Placed(candidate);
            }
            catch (DataIntegrityViolationException e) {
                if (String.valueOf(e.getMessage()).contains(THERAPIST_TAKEN)) {
                    return new TherapistTaken();
                }
                room = roomFreeFor(clinic, candidate.startsAt(), candidate.length(), candidate.id());
            }
        }
        return new NoRoom();
    }

    private Optional<Integer> roomFreeFor(ClinicView clinic, Instant startsAt, SessionLength length, UUID sessionId) {
        Instant blockedUntil = startsAt.plus(length.duration()).plus(clinic.bufferAfterSession());
        return policy.freeRoom(clinic, sessions.roomsInUse(clinic.id(), startsAt, blockedUntil, sessionId), sessionId);
    }

    private sealed interface Placement permits Placed, TherapistTaken, NoRoom {
    }

    private record Placed(Session session) implements Placement {
    }

    private record TherapistTaken() implements Placement {
    }

    private record NoRoom() implements Placement {
    }
}
