package com.clinicnet.booking.session;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.ErasedClient;
import com.clinicnet.events.SessionCancelledV2;
import com.clinicnet.platform.security.Caller;

/**
 * The sessions part of an erasure: every future session is cancelled at once, so its therapist and room are free for
 * others, and every session kept for the clinic's books points to the {@link ErasedClient} instead of the client.
 */
@Service
public class SessionsOfErasedClient {

    private final SessionRepository sessions;
    private final SessionLifecycle lifecycle;
    private final IdempotentRequests idempotentRequests;
    private final Clock clock;

    SessionsOfErasedClient(SessionRepository sessions, SessionLifecycle lifecycle, IdempotentRequests idempotentRequests,
            Clock clock) {
        this.sessions = sessions;
        this.lifecycle = lifecycle;
        this.idempotentRequests = idempotentRequests;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelAndAnonymise(Caller caller, UUID clientId) {
        Instant now = clock.instant();
        for (Session session : sessions.ofClient(clientId)) {
            if (session.status() == SessionStatus.BOOKED && session.startsAt().isAfter(now)) {
                lifecycle.cancelled(caller, session, false, SessionCancelledV2.ERASED);
            }
        }
        sessions.reassignClient(clientId, ErasedClient.ID);
        idempotentRequests.forgetSubject(clientId.toString());
    }
}
