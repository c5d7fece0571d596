package com.clinicnet.booking.disruption;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The durable timer of disruptions: the rows are the state, so a restart or a second instance loses nothing. */
@Component
@EnableConfigurationProperties(DisruptionProperties.class)
class DisruptionTimer {

    private final Disruptions disruptions;

    DisruptionTimer(Disruptions disruptions) {
        this.disruptions = disruptions;
    }

    @Scheduled(fixedDelayString = "${clinicnet.disruptions.escalate-every}")
    void escalateDue() {
        disruptions.escalateDue();
    }
}
