package com.clinicnet.booking.waitlist;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The waitlist's durable timers: the rows are the state, so a restart or a second instance loses nothing. */
@Component
@EnableConfigurationProperties(WaitlistProperties.class)
class WaitlistTimer {

    private final WaitlistMatching matching;
    private final WaitlistOffers offers;
    private final Clock clock;

    WaitlistTimer(WaitlistMatching matching, WaitlistOffers offers, Clock clock) {
        this.matching = matching;
        this.offers = offers;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${clinicnet.waitlist.offer-every}")
    void offerFreedTime() {
        matching.offerFreedTime();
    }

    @Scheduled(fixedDelayString = "${clinicnet.waitlist.expire-every}")
    void expireDue() {
        offers.expireDue(clock.instant());
    }
}
