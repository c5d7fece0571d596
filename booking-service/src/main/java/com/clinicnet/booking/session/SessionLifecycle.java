package com.clinicnet.booking.session;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.booking.plan.TreatmentPlans;
import com.clinicnet.events.SessionCancelledV2;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/** What happens to a booked session after it is booked: cancelled, the client arrived, completed, or missed. */
@Service
public class SessionLifecycle {

    private final SessionLookup lookup;
    private final SessionRepository sessions;
    private final SessionUpdates updates;
    private final TreatmentPlans plans;
    private final AuditTrail audit;
    private final SessionEvents events;
    private final Clock clock;

    SessionLifecycle(SessionLookup lookup, SessionRepository sessions, SessionUpdates updates, TreatmentPlans plans,
            AuditTrail audit, SessionEvents events, Clock clock) {
        this.lookup = lookup;
        this.sessions = sessions;
        this.updates = updates;
        this.plans = plans;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Cancels, keeping the desk's reason (if given) with the session and in the audit trail, never in the event. */
    @Transactional
    Session cancel(Caller caller, UUID id, CancellationReason why) {
        Session session = lookup.existing(id);
        SessionAccess.requireMayChange(caller, session);
        return cancelled(caller, session, session.isLateCancellationAt(clock.instant()), SessionCancelledV2.REQUESTED,
                why);
    }

    /**
     * The client cancels without signing in, through a signed reply link or a text reply: as if they had asked in
     * the app (their notice period applies, they are the one recorded in the audit trail).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelForClient(UUID sessionId, UUID clientId) {
        cancel(new Caller(clientId.toString(), Set.of(Role.CLIENT), Set.of()), sessionId, null);
    }

    /** Cancels a session the caller may cancel, for a reason of {@link SessionCancelledV2}: saved, audited, told. */
    Session cancelled(Caller caller, Session session, boolean late, String reason) {
        return cancelled(caller, session, late, reason, null);
    }

    private Session cancelled(Caller caller, Session session, boolean late, String reason, CancellationReason why) {
        Session cancelled = updates.save(session.cancelled(), late, why);
        if (why == null) {
            audit.record(caller, AuditAction.SESSION_CANCELLED, "session", session.id());
        }
        else {
            audit.record(caller, AuditAction.SESSION_CANCELLED, "session", session.id(), why.name());
        }
        events.cancelled(caller, cancelled, late, reason);
        return cancelled;
    }

    @Transactional
    Session complete(Caller caller, UUID id) {
        Session session = lookup.existing(id);
        SessionAccess.requireMayRecordAttendance(caller, session);
        Session completed = updates.save(session.completedAt(clock.instant()));
        plans.sessionCompleted(caller, id, session.startsAt());
        audit.record(caller, AuditAction.SESSION_COMPLETED, "session", id);
        events.completed(completed);
        return completed;
    }

    @Transactional
    Session noShow(Caller caller, UUID id) {
        Session session = lookup.existing(id);
        SessionAccess.requireMayRecordAttendance(caller, session);
        Session missed = updates.save(session.noShowAt(clock.instant()));
        audit.record(caller, AuditAction.SESSION_NO_SHOW, "session", id);
        events.noShow(missed);
        return missed;
    }

    /**
     * The front desk saw the client come in. Marking it again answers the session as it is, with no second event,
     * so a desk that clicks twice (or two desks at once) tells the others once.
     */
    @Transactional
    Session arrive(Caller caller, UUID id) {
        Session session = lookup.existing(id);
        SessionAccess.requireMayMarkArrival(caller, session);
        Session arrived = session.arrived(clock.instant());
        if (arrived == session) {
            return session;
        }
        if (!sessions.update(arrived, false, null)) {
            // another desk marked it a moment earlier: its answer is ours; any other change is a conflict
            Session meanwhile = lookup.existing(id);
            if (meanwhile.hasArrived()) {
                return meanwhile;
            }
            throw SessionUpdates.changedMeanwhile();
        }
        audit.record(caller, AuditAction.CLIENT_ARRIVED, "session", id);
        events.arrived(arrived);
        return arrived;
    }
}
