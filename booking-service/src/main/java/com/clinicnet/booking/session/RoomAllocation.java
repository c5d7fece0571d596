package com.clinicnet.booking.session;

import java.time.Instant;
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
        Instant blockedUntil = startsAt.plus(length.duration()).plus(clinic.bufferAfterSession());
        return policy.freeRoom(clinic, sessions.roomsInUse(clinic.id(), startsAt, blockedUntil, sessionId), sessionId)
                .orElseThrow(() -> conflicts.slotTaken(clinic.id(),
                        "The slot was just taken: no treatment room is free then"));
    }

    /**
     * Inserts the session; if another booking took its room a moment earlier, chooses again among the rooms still
     * free (each try in a savepoint, so the transaction survives the refused insert). The therapist being taken is
     * final: 409. A deadlock with another booking aborts the whole transaction, which {@link DeadlockRetry} runs again.
     */
    Session insertIntoAFreeRoom(Session session, ClinicView clinic, UUID planId) {
        Session candidate = session;
        for (int attempt = 0; attempt < clinic.treatmentRooms(); attempt++) {
            try {
                Session toInsert = candidate;
                savepoint.executeWithoutResult(status -> sessions.insert(toInsert, planId));
                return candidate;
            }
            catch (DataIntegrityViolationException e) {
                if (String.valueOf(e.getMessage()).contains(THERAPIST_TAKEN)) {
                    throw conflicts.slotTaken(clinic.id(),
                            "The slot was just taken: the therapist is already booked at that time");
                }
                candidate = candidate.inRoom(freeRoom(clinic, candidate.startsAt(), candidate.length(), candidate.id()));
            }
        }
        throw conflicts.slotTaken(clinic.id(), "The slot was just taken: no treatment room is free then");
    }
}
