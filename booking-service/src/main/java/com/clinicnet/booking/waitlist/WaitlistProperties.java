package com.clinicnet.booking.waitlist;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param hold how long a freed time is held for the client it is offered to
 * @param newHoursAhead how far ahead a therapist's or clinic's new hours are offered to the waitlist
 * @param offerEvery how often freed time is looked for and offered
 * @param expireEvery how often holds that ran out are let go
 * @param batch how many freed times, or holds that ran out, one run handles
 * @param candidatesPerFreedTime how many clients in line one freed time is tried for
 * @param waitingPerClient how many places in line one client may hold at once
 */
@ConfigurationProperties("clinicnet.waitlist")
record WaitlistProperties(Duration hold, Duration newHoursAhead, Duration offerEvery, Duration expireEvery, int batch,
        int candidatesPerFreedTime, int waitingPerClient) {
}
