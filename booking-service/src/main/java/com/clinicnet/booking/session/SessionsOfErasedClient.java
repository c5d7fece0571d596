package com.clinicnet.booking.session;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.events.SessionCancelledV2;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * The sessions part of an erasure: every future session is cancelled at once, so its therapist and room are free for
 * others, and every session kept for the clinic's books stops naming the client.
 */
@Service
public class SessionsOfErasedClient {

    private final SessionRepository sessions;
    private final IdempotentRequests idempotentRequests;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionsOfErasedClient(SessionRepository sessions, IdempotentRequests idempotentRequests, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.idempotentRequests = idempotentRequests;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelAndAnonymise(Caller caller, UUID clientId, UUID erasedClient) {
        Instant now = clock.instant();
        for (Session session : sessions.ofClient(clientId)) {
            if (session.status() == SessionStatus.BOOKED && session.startsAt().isAfter(now)) {
                cancel(caller, session, now);
            }
        }
        sessions.reassignClient(clientId, erasedClient);
        idempotentRequests.forgetSubject(clientId.toString());
    }

    private void cancel(Caller caller, Session session, Instant now) {
        Session cancelled = session.cancelled();
        if (!sessions.update(cancelled, false)) {
            throw new ConflictException("A session of this client was changed at the same moment; try the erasure again");
        }
        audit.record(caller, AuditAction.SESSION_CANCELLED, "session", session.id());
        events.publishEvent(new SessionCancelledV2(UUID.randomUUID(), now, session.id(), session.clientId(),
                session.therapistId(), session.clinicId(), session.startsAt(), session.clinicTimeZone().getId(),
                caller.is(Role.CLIENT) ? "CLIENT" : "CLINIC", false, SessionCancelledV2.ERASED, cancelled.version()));
    }
}
