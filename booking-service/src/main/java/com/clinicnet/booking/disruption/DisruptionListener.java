package com.clinicnet.booking.disruption;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.clinicnet.booking.directory.ClinicDirectoryChanged;
import com.clinicnet.booking.directory.TherapistDirectoryChanged;
import com.clinicnet.events.SessionCancelledV2;
import com.clinicnet.events.SessionCompletedV1;
import com.clinicnet.events.SessionNoShowV1;
import com.clinicnet.events.SessionRescheduledV1;

/** Hears, inside the transaction of each change, what may disrupt a session or end its disruption; only delegates. */
@Component
class DisruptionListener {

    private final Disruptions disruptions;

    DisruptionListener(Disruptions disruptions) {
        this.disruptions = disruptions;
    }

    @EventListener
    void on(TherapistDirectoryChanged changed) {
        disruptions.reviewTherapist(changed.therapistId());
    }

    @EventListener
    void on(ClinicDirectoryChanged changed) {
        disruptions.reviewClinic(changed.clinicId());
    }

    @EventListener
    void on(SessionRescheduledV1 moved) {
        disruptions.resolve(moved.sessionId(), DisruptionResolution.RESCHEDULED);
    }

    @EventListener
    void on(SessionCancelledV2 cancelled) {
        disruptions.resolve(cancelled.sessionId(), DisruptionResolution.CANCELLED);
    }

    @EventListener
    void on(SessionCompletedV1 held) {
        disruptions.resolve(held.sessionId(), DisruptionResolution.HELD);
    }

    @EventListener
    void on(SessionNoShowV1 missed) {
        disruptions.resolve(missed.sessionId(), DisruptionResolution.HELD);
    }
}
