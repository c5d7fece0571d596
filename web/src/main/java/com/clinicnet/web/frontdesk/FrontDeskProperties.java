package com.clinicnet.web.frontdesk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The front desk's pages: the day grid's step, how far ahead a reschedule looks, the channel a walk-in hears from
 * when the desk gives only one way to reach them, and how much of a name a client search needs.
 */
@ConfigurationProperties("clinicnet.web.front-desk")
record FrontDeskProperties(Duration gridStep, int rescheduleDays, String channelForPhone, String channelForEmail,
        int clientSearchMinLength) {
}
