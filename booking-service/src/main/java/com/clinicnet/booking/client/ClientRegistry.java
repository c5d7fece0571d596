package com.clinicnet.booking.client;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.ClientErasedV1;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;

/** Registers clients and publishes their contact details (and nothing else) to {@code client.contacts}. */
@Service
public class ClientRegistry {

    private final ClientRepository clients;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientRegistry(ClientRepository clients, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Client register(Caller caller, ClientRequest request) {
        boolean alreadyRegistered = caller.subjectId().map(clients::everExisted).orElse(false);
        UUID id = ClientAccess.idForNewProfile(caller, alreadyRegistered);
        Client client = reachable(request).toClient(id, 1);
        clients.insert(client);
        audit.record(caller, AuditAction.CLIENT_REGISTERED, "client", id);
        publishContact(client);
        return client;
    }

    @Transactional
    public Client revise(Caller caller, UUID id, ClientRequest request) {
        ClientAccess.requireMayRead(caller, id);
        Client current = clients.find(id).orElseThrow(() -> new NotFoundException("Client", id));
        Client revised = current.revisedAs(reachable(request).toClient(id, current.version()));
        clients.update(revised);
        audit.record(caller, AuditAction.CLIENT_UPDATED, "client", id);
        publishContact(revised);
        return revised;
    }

    /**
     * Erases a client: personal data and intake removed, a tombstone on {@code client.contacts}; their sessions stay
     * in the clinic's books under the bare id.
     */
    @Transactional
    public void erase(Caller caller, UUID id) {
        ClientAccess.requireMayRead(caller, id);
        if (!clients.erase(id)) {
            throw new NotFoundException("Client", id);
        }
        audit.record(caller, AuditAction.CLIENT_ERASED, "client", id);
        events.publishEvent(new ClientErasedV1(UUID.randomUUID(), clock.instant(), id));
    }

    @Transactional(readOnly = true)
    public Client find(Caller caller, UUID id) {
        ClientAccess.requireMayRead(caller, id);
        return clients.find(id).orElseThrow(() -> new NotFoundException("Client", id));
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return clients.exists(id);
    }

    private static ClientRequest reachable(ClientRequest request) {
        String missing = request.unreachableField();
        if (missing != null) {
            throw new RuleViolationException(missing,
                    "The preferred channel " + request.preferredChannel() + " needs " + missing);
        }
        return request;
    }


    private void publishContact(Client client) {
        events.publishEvent(new ClientContactUpdatedV2(UUID.randomUUID(), clock.instant(), client.id(),
                client.name(), client.email(), client.phone(), client.timeZone().getId(), client.language(),
                client.preferredChannel().name(), client.quietHours() == null ? null : client.quietHours().from(),
                client.quietHours() == null ? null : client.quietHours().to(), client.remindersOptOut(),
                client.version()));
    }
}
