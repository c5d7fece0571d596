package com.clinicnet.booking.client;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.events.TreatmentPlanStartedV1;

/**
 * A session or a plan at a clinic makes the client known there, in the transaction that books or starts it: from
 * then on that clinic's front desk may act for them.
 */
@Component
class ClinicsThatKnowTheClient {

    private final ClientClinics clinics;

    ClinicsThatKnowTheClient(ClientClinics clinics) {
        this.clinics = clinics;
    }

    @EventListener
    void on(SessionBookedV1 booked) {
        clinics.knownAt(booked.clientId(), booked.clinicId());
    }

    @EventListener
    void on(TreatmentPlanStartedV1 started) {
        clinics.knownAt(started.clientId(), started.clinicId());
    }
}
