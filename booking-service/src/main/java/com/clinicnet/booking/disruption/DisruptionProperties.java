package com.clinicnet.booking.disruption;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param alternativesOffered how many free times a disrupted session's client is offered
 * @param escalateBefore a disruption still open this long before its session is raised to the front desk again
 * @param escalateEvery how often open disruptions are checked for that
 * @param escalateBatch how many one check raises in one transaction
 */
@ConfigurationProperties("clinicnet.disruptions")
record DisruptionProperties(int alternativesOffered, Duration escalateBefore, Duration escalateEvery,
        int escalateBatch) {
}
