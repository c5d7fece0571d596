package com.clinicnet.booking.waitlist;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.clinicnet.events.WaitlistSlotOfferedV1;

/** Tells the client, through the outbox inside the offer's transaction, that a time is held for them. */
@Component
class WaitlistEvents {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaitlistEvents(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Ids and times only: what the client waits for stays in booking. */
    void offered(WaitlistOffer offer, WaitlistEntry entry) {
        events.publishEvent(new WaitlistSlotOfferedV1(UUID.randomUUID(), clock.instant(), offer.id(),
                offer.sessionId(), entry.clientId(), offer.therapistId(), offer.clinicId(), offer.startsAt(),
                offer.endsAt(), offer.clinicTimeZone().getId(), (int) entry.length().toMinutes(), offer.heldUntil()));
    }
}
