package com.clinicnet.booking.client;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.ClientErasedV1;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/** Registers clients and publishes their contact details (and nothing else) to {@code client.contacts}. */
@Service
public class ClientRegistry {

    private final ClientRepository clients;
    private final ClientClinics clinics;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final ClientSearch search;

    ClientRegistry(ClientRepository clients, ClientClinics clinics, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock, ClientSearch search) {
        this.clients = clients;
        this.clinics = clinics;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.search = search;
    }

    /** The front desk finds a client to book for, among those its clinics know; see {@link ClientSearch}. */
    @Transactional(readOnly = true)
    public java.util.List<Client> search(Caller caller, String text) {
        caller.requireAny(Role.FRONT_DESK);
        String wanted = search.requireSearchable(text);
        return clients.knownAtAnyOfMatching(caller.clinicIds(), wanted, search.maxResults());
    }

    @Transactional
    public Client register(Caller caller, ClientRequest request) {
        boolean alreadyRegistered = caller.subjectId().map(clients::exists).orElse(false);
        UUID id = ClientAccess.idForNewProfile(caller, alreadyRegistered);
        Optional<UUID> registeringClinic = ClientAccess.registeringClinic(caller, request.registeringClinicId());
        Client client = reachable(request).toClient(id, 1);
        clients.insert(client, registeringClinic.orElse(null));
        registeringClinic.ifPresent(clinic -> clinics.knownAt(id, clinic));
        audit.record(caller, AuditAction.CLIENT_REGISTERED, "client", id);
        publishContact(client);
        return client;
    }

    @Transactional
    public Client revise(Caller caller, UUID id, ClientRequest request) {
        requireMayActFor(caller, id);
        Client current = clients.find(id).orElseThrow(() -> new NotFoundException("Client", id));
        Client revised = current.revisedAs(reachable(request).toClient(id, current.version()));
        clients.update(revised);
        audit.record(caller, AuditAction.CLIENT_UPDATED, "client", id);
        publishContact(revised);
        return revised;
    }

    @Transactional(readOnly = true)
    public Client find(Caller caller, UUID id) {
        requireMayActFor(caller, id);
        return clients.find(id).orElseThrow(() -> new NotFoundException("Client", id));
    }

    /** Refuses (404, as a missing client) a caller who may not act for this client. */
    @Transactional(readOnly = true)
    public void requireMayActFor(Caller caller, UUID clientId) {
        ClientAccess.requireMayActFor(caller, clientId, () -> isKnownAtClinicsOf(caller, clientId));
    }

    /** Whether one of the caller's clinics knows the client (always false for a caller who serves no clinic). */
    @Transactional(readOnly = true)
    public boolean isKnownAtClinicsOf(Caller caller, UUID clientId) {
        return caller.is(Role.FRONT_DESK) && clinics.knownAtAnyOf(clientId, caller.clinicIds());
    }

    /**
     * A session or a plan may be booked for this client by this caller: the client themselves, or the front desk of a
     * clinic that knows them. Anyone else meets the same refusal as for a client that does not exist.
     */
    @Transactional(readOnly = true)
    public void requireBookableBy(Caller caller, UUID clientId) {
        ClientAccess.requireMayBookFor(caller, clientId, () -> isKnownAtClinicsOf(caller, clientId));
        if (!clients.exists(clientId)) {
            throw new RuleViolationException("clientId", "No such client");
        }
    }

    /** The one client with this phone number, for a text reply; none when nobody or several share it. */
    @Transactional(readOnly = true)
    public Optional<UUID> onlyClientWithPhone(String phone) {
        java.util.List<UUID> found = clients.withPhone(phone);
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return clients.exists(id);
    }

    /**
     * The last step of an erasure: the profile and the clinics that knew the client go, and the tombstone on
     * {@code client.contacts} tells the other services to forget them too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(Caller caller, UUID id) {
        if (!clients.delete(id)) {
            throw new NotFoundException("Client", id);
        }
        audit.record(caller, AuditAction.CLIENT_ERASED, "client", id);
        events.publishEvent(new ClientErasedV1(UUID.randomUUID(), clock.instant(), id));
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
