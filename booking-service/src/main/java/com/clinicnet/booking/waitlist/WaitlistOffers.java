package com.clinicnet.booking.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicnet.booking.client.ClientRegistry;
import com.clinicnet.booking.session.BookedSession;
import com.clinicnet.booking.session.BookedSessions;
import com.clinicnet.booking.session.SessionHolds;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;

/**
 * What becomes of a held time: the client takes it (booked), declines it, or lets the hold run out; either of the
 * last two frees the time for the next in line. Every decision locks the entry first, as the offering does, and
 * the offer's row decides who was first: a take at the deadline's instant is too late.
 */
@Service
class WaitlistOffers {

    private final WaitlistRepository waitlist;
    private final FreedTimes freedTimes;
    private final SessionHolds holds;
    private final BookedSessions bookedSessions;
    private final ClientRegistry clients;
    private final WaitlistProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WaitlistOffers(WaitlistRepository waitlist, FreedTimes freedTimes, SessionHolds holds,
            BookedSessions bookedSessions, ClientRegistry clients,
            WaitlistProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.waitlist = waitlist;
        this.freedTimes = freedTimes;
        this.holds = holds;
        this.bookedSessions = bookedSessions;
        this.clients = clients;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    WaitlistOffer find(Caller caller, UUID offerId) {
        return visible(caller, offerId);
    }

    /** The client takes the time: the held session becomes theirs, booked, and they leave the line. */
    @Transactional
    BookedSession take(Caller caller, UUID offerId) {
        WaitlistOffer offer = visible(caller, offerId);
        waitlist.lock(offer.entryId());
        Instant now = clock.instant();
        if (!waitlist.accept(offerId, now)) {
            return takenBefore(offerId);
        }
        BookedSession booked = holds.take(caller, offer.sessionId());
        waitlist.changeState(offer.entryId(), WaitlistState.BOOKED, now);
        return booked;
    }

    /** The client does not want the time; it goes to the next in line, and they keep their place for another. */
    @Transactional
    void decline(Caller caller, UUID offerId) {
        WaitlistOffer offer = visible(caller, offerId);
        waitlist.lock(offer.entryId());
        WaitlistOffer current = waitlist.offer(offerId).orElseThrow();
        if (current.state() == OfferState.DECLINED) {
            return;
        }
        if (!waitlist.close(offerId, OfferState.DECLINED, clock.instant())) {
            throw notOpen(current);
        }
        letGo(offer);
    }

    /** Within a transaction that holds the entry's lock: ends its open offer, if any, as the client left. */
    void withdrawOpenOf(UUID entryId) {
        waitlist.openOfferOf(entryId).filter(offer -> waitlist.close(offer.id(), OfferState.WITHDRAWN, clock.instant()))
                .ifPresent(this::letGo);
    }

    /** Lets go a batch of holds that ran out by {@code now}, each in its own transaction; how many. */
    int expireDue(Instant now) {
        List<WaitlistOffer> due = waitlist.runOut(now, properties.batch());
        int expired = 0;
        for (WaitlistOffer offer : due) {
            Boolean ended = transactions.execute(status -> {
                waitlist.lock(offer.entryId());
                if (!waitlist.expire(offer.id(), now)) {
                    return false;
                }
                letGo(offer);
                return true;
            });
            expired += Boolean.TRUE.equals(ended) ? 1 : 0;
        }
        return expired;
    }

    private void letGo(WaitlistOffer offer) {
        holds.release(offer.sessionId());
        freedTimes.add(FreedTime.of(offer.therapistId(), offer.clinicId(), offer.startsAt(), offer.endsAt()),
                clock.instant());
    }

    private WaitlistOffer visible(Caller caller, UUID offerId) {
        WaitlistOffer offer = waitlist.offer(offerId).orElseThrow(() -> new NotFoundException("Offer", offerId));
        WaitlistEntry entry = waitlist.entry(offer.entryId()).orElseThrow();
        try {
            clients.requireMayActFor(caller, entry.clientId());
        }
        catch (NotFoundException notTheirs) {
            throw new NotFoundException("Offer", offerId);
        }
        return offer;
    }

    /** A second click on "take it" answers the same booked session; any other decision came first. */
    private BookedSession takenBefore(UUID offerId) {
        WaitlistOffer current = waitlist.offer(offerId).orElseThrow();
        if (current.state() != OfferState.ACCEPTED) {
            throw notOpen(current);
        }
        return bookedSessions.find(current.sessionId()).orElseThrow(() -> notOpen(current));
    }

    private static ConflictException notOpen(WaitlistOffer offer) {
        return new ConflictException(switch (offer.state()) {
            case OPEN, EXPIRED -> "The time held for you has passed to the next client in line";
            case ACCEPTED -> "This time was already taken";
            case DECLINED -> "This time was declined";
            case WITHDRAWN -> "You left the waitlist, so this time went to the next client in line";
        });
    }
}
