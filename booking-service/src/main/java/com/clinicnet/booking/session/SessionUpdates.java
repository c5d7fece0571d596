package com.clinicnet.booking.session;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import com.clinicnet.platform.problem.ConflictException;

/** Saves a changed session over the version it was read at: a change made meanwhile, or a slot taken, is a 409. */
@Component
class SessionUpdates {

    private final SessionRepository sessions;
    private final BookingConflicts conflicts;

    SessionUpdates(SessionRepository sessions, BookingConflicts conflicts) {
        this.sessions = sessions;
        this.conflicts = conflicts;
    }

    Session save(Session changed) {
        return save(changed, false, null);
    }

    Session save(Session changed, boolean lateCancellation, CancellationReason why) {
        try {
            if (!sessions.update(changed, lateCancellation, why)) {
                throw changedMeanwhile();
            }
            return changed;
        }
        catch (DataIntegrityViolationException e) {
            throw conflicts.slotTaken(changed.clinicId(), "The slot was just taken; please choose another");
        }
    }

    static ConflictException changedMeanwhile() {
        return new ConflictException("The session was changed at the same moment; reload it and try again");
    }
}
