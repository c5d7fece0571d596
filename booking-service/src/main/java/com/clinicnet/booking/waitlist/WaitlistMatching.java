package com.clinicnet.booking.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicnet.booking.availability.Availability;
import com.clinicnet.booking.availability.Slot;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.intake.IntakeRecords;
import com.clinicnet.booking.intake.TreatmentNeeds;
import com.clinicnet.booking.session.SessionHolds;

/**
 * Offers freed time to the waitlist, first come first served. Each freed time is claimed by one instance and
 * offered in one transaction: each client in line is locked before they are offered anything, and offered the
 * earliest free slot that suits them inside the freed time, held as a session so nobody else can book it. The freed
 * time is then done with; what a client lets go frees again, for the next in line.
 */
@Service
class WaitlistMatching {

    private final FreedTimes freedTimes;
    private final WaitlistRepository waitlist;
    private final DirectoryReadModel directory;
    private final Availability availability;
    private final IntakeRecords intakes;
    private final SessionHolds holds;
    private final WaitlistEvents events;
    private final WaitlistProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WaitlistMatching(FreedTimes freedTimes, WaitlistRepository waitlist, DirectoryReadModel directory,
            Availability availability, IntakeRecords intakes, SessionHolds holds, WaitlistEvents events,
            WaitlistProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.freedTimes = freedTimes;
        this.waitlist = waitlist;
        this.directory = directory;
        this.availability = availability;
        this.intakes = intakes;
        this.holds = holds;
        this.events = events;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Offers up to a batch of freed times, each in its own transaction; the number offered to someone. */
    int offerFreedTime() {
        int offers = 0;
        for (int handled = 0; handled < properties.batch(); handled++) {
            Optional<Integer> made = transactions.execute(status -> freedTimes.claimOldest().map(this::offer));
            if (made == null || made.isEmpty()) {
                return offers;
            }
            offers += made.get();
        }
        return offers;
    }

    /** Offers one freed time to those in line whose wish it suits; how many were offered a part of it. */
    private int offer(FreedTime freed) {
        freedTimes.remove(freed.id());
        Instant now = clock.instant();
        List<ClinicView> clinics = clinicsOf(freed);
        if (clinics.isEmpty() || !freed.until().isAfter(now)) {
            return 0;
        }
        Set<UUID> clinicIds = clinics.stream().map(ClinicView::id).collect(Collectors.toSet());
        Set<String> cities = clinics.stream().map(ClinicView::city).collect(Collectors.toSet());
        int offered = 0;
        for (WaitlistEntry inLine : waitlist.inLineFor(freed.therapistId(), clinicIds, cities,
                properties.candidatesPerFreedTime())) {
            if (offerTo(inLine.id(), freed, clinics, now)) {
                offered++;
            }
        }
        return offered;
    }

    private boolean offerTo(UUID entryId, FreedTime freed, List<ClinicView> clinics, Instant now) {
        // locked first, then looked at again: another instance may have offered them a time a moment ago
        Optional<WaitlistEntry> locked = waitlist.lock(entryId).filter(WaitlistEntry::isWaiting);
        if (locked.isEmpty() || waitlist.openOfferOf(entryId).isPresent()) {
            return false;
        }
        WaitlistEntry entry = locked.get();
        Optional<TreatmentNeeds> needs = intakes.needsOf(entry.clientId());
        if (needs.map(client -> client.intake().hasRedFlag()).orElse(false)) {
            return false;
        }
        List<ClinicView> wouldGoTo = clinics.stream().filter(c -> entry.wouldGoTo(c.id(), c.city())).toList();
        UUID therapistId = entry.therapistId() != null ? entry.therapistId() : freed.therapistId();
        Set<String> specialties = entry.concern() == null ? Set.of() : directory.specialtiesFor(List.of(entry.concern()));
        if (entry.concern() != null && specialties.isEmpty()) {
            return false;
        }
        return availability.freeSlots(wouldGoTo, specialties, therapistId, needs, entry.length(),
                        later(freed.from(), now), freed.until()).stream()
                .filter(slot -> entry.hours().suit(slot.starts(), slot.ends()))
                .filter(slot -> !waitlist.wasOffered(entry.id(), slot.therapistId(), slot.starts().toInstant()))
                .sorted(Comparator.comparing((Slot slot) -> slot.starts().toInstant()))
                .anyMatch(slot -> held(entry, slot, wouldGoTo, now));
    }

    private boolean held(WaitlistEntry entry, Slot slot, List<ClinicView> clinics, Instant now) {
        ClinicView clinic = clinics.stream().filter(c -> c.id().equals(slot.clinicId())).findFirst().orElseThrow();
        Optional<TherapistView> therapist = directory.therapist(slot.therapistId());
        Optional<UUID> session = therapist.flatMap(t -> holds.hold(entry.clientId(), clinic, t,
                slot.starts().toInstant(), entry.length()));
        if (session.isEmpty()) {
            return false;
        }
        WaitlistOffer offer = new WaitlistOffer(UUID.randomUUID(), entry.id(), session.get(), slot.therapistId(),
                clinic.id(), slot.starts().toInstant(), slot.ends().toInstant(), clinic.timeZone(),
                now.plus(properties.hold()), OfferState.OPEN, now);
        waitlist.insert(offer);
        events.offered(offer, entry);
        return true;
    }

    /** The clinics the freed time is at: the one named, or every clinic of its therapist. */
    private List<ClinicView> clinicsOf(FreedTime freed) {
        if (freed.clinicId() != null) {
            return directory.clinic(freed.clinicId()).stream().toList();
        }
        return directory.therapist(freed.therapistId()).stream()
                .flatMap(therapist -> therapist.clinicIds().stream())
                .flatMap(clinicId -> directory.clinic(clinicId).stream()).toList();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
