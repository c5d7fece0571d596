package com.clinicnet.booking.erasure;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.client.ClientRegistry;
import com.clinicnet.booking.intake.IntakeRecords;
import com.clinicnet.booking.plan.TreatmentPlans;
import com.clinicnet.booking.session.SessionsOfErasedClient;
import com.clinicnet.booking.waitlist.Waitlist;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;

/**
 * Erases a client in one transaction: they leave every waitlist (a time held for them passes on), their future
 * sessions are cancelled (therapist and room freed, nobody messaged), their plans end, their intake and profile go, and what the clinic keeps for its books (past sessions,
 * plans) points to the erased client instead of them. The tombstone on {@code client.contacts} makes the other
 * services forget them too.
 */
@Service
class ClientErasure {

    private final ClientRegistry clients;
    private final SessionsOfErasedClient sessions;
    private final TreatmentPlans plans;
    private final IntakeRecords intakes;
    private final Waitlist waitlist;

    ClientErasure(ClientRegistry clients, SessionsOfErasedClient sessions, TreatmentPlans plans, IntakeRecords intakes,
            Waitlist waitlist) {
        this.clients = clients;
        this.waitlist = waitlist;
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
        waitlist.forget(clientId);
        sessions.cancelAndAnonymise(caller, clientId);
        plans.endForErasure(caller, clientId);
        intakes.forget(clientId);
        clients.forget(caller, clientId);
    }
}
