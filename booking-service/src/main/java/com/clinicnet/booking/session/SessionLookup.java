package com.clinicnet.booking.session;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.client.ClientRegistry;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;

/** A session, or a client's sessions, as far as the caller may see them. */
@Service
class SessionLookup {

    private final SessionRepository sessions;
    private final ClientRegistry clients;

    SessionLookup(SessionRepository sessions, ClientRegistry clients) {
        this.sessions = sessions;
        this.clients = clients;
    }

    @Transactional(readOnly = true)
    Session find(Caller caller, UUID id) {
        Session session = existing(id);
        SessionAccess.requireMayRead(caller, session);
        return session;
    }

    @Transactional(readOnly = true)
    List<Session> ofClient(Caller caller, UUID clientId) {
        Predicate<Session> visible = SessionAccess.visibleTo(caller, clientId,
                () -> clients.isKnownAtClinicsOf(caller, clientId));
        return sessions.ofClient(clientId).stream().filter(visible).toList();
    }

    /** The session, whoever asks: each change checks the caller's right to it. */
    boolean isOfAPlan(UUID id) {
        return sessions.isOfAPlan(id);
    }

    Session existing(UUID id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("Session", id));
    }
}
