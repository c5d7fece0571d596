package com.clinicnet.booking.erasure;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.client.ClientRegistry;
import com.clinicnet.booking.intake.IntakeRecords;
import com.clinicnet.booking.plan.TreatmentPlans;
import com.clinicnet.booking.session.SessionsOfErasedClient;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;

/**
 * Erases a client in one transaction: their future sessions are cancelled (therapist and room freed, nobody
 * messaged), their plans end, their intake and profile go, and what the clinic keeps for its books (past sessions,
 * plans) points to the erased client instead of them. The tombstone on {@code client.contacts} makes the other
 * services forget them too.
 */
@Service
class ClientErasure {

    private final ClientRegistry clients;
    private final SessionsOfErasedClient sessions;
    private final TreatmentPlans plans;
    private final IntakeRecords intakes;

    ClientErasure(ClientRegistry clients, SessionsOfErasedClient sessions, TreatmentPlans plans, IntakeRecords intakes) {
        this.clients = clients;
        this.sessions = sessions;
        this.plans = plans;
        this.intakes = intakes;
    }

    @Transactional
    public void erase(Caller caller, UUID clientId) {
        clients.requireMayActFor(caller, clientId);
        if (!clients.exists(clientId)) {
            throw new NotFoundException("Client", clientId);
        }
        sessions.cancelAndAnonymise(caller, clientId);
        plans.endForErasure(caller, clientId);
        intakes.forget(clientId);
        clients.forget(caller, clientId);
    }
}
