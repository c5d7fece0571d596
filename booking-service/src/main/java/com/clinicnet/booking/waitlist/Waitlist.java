package com.clinicnet.booking.waitlist;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.client.ClientRegistry;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.intake.IntakeRecords;
import com.clinicnet.booking.intake.TreatmentNeeds;
import com.clinicnet.booking.session.SessionLength;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;

/** Joining and leaving a waitlist, and a client's places in line with their latest offers. */
@Service
public class Waitlist {

    private final WaitlistRepository waitlist;
    private final WaitlistOffers offers;
    private final ClientRegistry clients;
    private final DirectoryReadModel directory;
    private final IntakeRecords intakes;
    private final WaitlistProperties properties;
    private final Clock clock;

    Waitlist(WaitlistRepository waitlist, WaitlistOffers offers, ClientRegistry clients, DirectoryReadModel directory,
            IntakeRecords intakes, WaitlistProperties properties, Clock clock) {
        this.waitlist = waitlist;
        this.offers = offers;
        this.clients = clients;
        this.directory = directory;
        this.intakes = intakes;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Puts the client in line, behind everyone who joined before. Staff may do it for a client their clinic knows;
     * a client whose intake shows a red flag is refused as a booking would be.
     */
    @Transactional
    WaitlistEntry join(Caller caller, WaitlistRequest request) {
        clients.requireBookableBy(caller, request.clientId());
        WaitlistEntry entry = new WaitlistEntry(UUID.randomUUID(), request.clientId(), concernOf(request),
                request.therapistId(), request.clinicId(), cityOf(request), hoursOf(request), lengthOf(request),
                WaitlistState.WAITING, clock.instant());
        requireWishCanBeMet(entry);
        intakes.needsOf(request.clientId()).ifPresent(TreatmentNeeds::requireNoRedFlag);
        if (waitlist.waitingOf(request.clientId()) >= properties.waitingPerClient()) {
            throw new ConflictException("A client waits in at most " + properties.waitingPerClient()
                    + " lines at once; leave one first");
        }
        waitlist.insert(entry);
        return entry;
    }

    /** Leaves the line; a time held for the client at that moment goes to the next in line. Leaving twice is fine. */
    @Transactional
    void leave(Caller caller, UUID entryId) {
        visible(caller, entryId);
        WaitlistEntry current = waitlist.lock(entryId).orElseThrow();
        if (current.state() == WaitlistState.BOOKED) {
            throw new ConflictException("The client already took a time from this place in line");
        }
        if (current.isWaiting()) {
            offers.withdrawOpenOf(entryId);
            waitlist.changeState(entryId, WaitlistState.LEFT, clock.instant());
        }
    }

    /**
     * Part of an erasure: the client leaves every line (a time held for them goes to the next in line) and their
     * places and offers are deleted, what they waited for with them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(UUID clientId) {
        for (WaitlistEntry entry : waitlist.entriesOf(clientId)) {
            waitlist.lock(entry.id());
            offers.withdrawOpenOf(entry.id());
        }
        waitlist.deleteOf(clientId);
    }

    @Transactional(readOnly = true)
    List<WaitlistEntry> entriesOf(Caller caller, UUID clientId) {
        clients.requireMayActFor(caller, clientId);
        return waitlist.entriesOf(clientId);
    }

    @Transactional(readOnly = true)
    List<WaitlistOffer> latestOffersOf(List<WaitlistEntry> entries) {
        return waitlist.latestOffersOf(entries.stream().map(WaitlistEntry::id).toList());
    }

    private WaitlistEntry visible(Caller caller, UUID entryId) {
        WaitlistEntry entry = waitlist.entry(entryId).orElseThrow(() -> new NotFoundException("Waitlist entry",
                entryId));
        try {
            clients.requireMayActFor(caller, entry.clientId());
        }
        catch (NotFoundException notTheirs) {
            throw new NotFoundException("Waitlist entry", entryId);
        }
        return entry;
    }

    private void requireWishCanBeMet(WaitlistEntry entry) {
        if (entry.concern() != null && directory.specialtiesFor(List.of(entry.concern())).isEmpty()) {
            throw new RuleViolationException("concern", "No specialty of the network addresses " + entry.concern());
        }
        List<ClinicView> clinics = directory.clinics(entry.clinicId(), entry.city());
        if (clinics.isEmpty()) {
            throw entry.clinicId() != null ? new RuleViolationException("clinicId", "No such clinic")
                    : new RuleViolationException("city", "No clinic of the network is in " + entry.city());
        }
        if (entry.therapistId() != null) {
            TherapistView therapist = directory.therapist(entry.therapistId())
                    .filter(TherapistView::active)
                    .orElseThrow(() -> new RuleViolationException("therapistId", "No such therapist"));
            if (clinics.stream().noneMatch(clinic -> therapist.worksAt(clinic.id()))) {
                throw new RuleViolationException("therapistId", "The therapist does not work there");
            }
        }
    }

    private static String concernOf(WaitlistRequest request) {
        boolean concern = request.concern() != null && !request.concern().isBlank();
        if (concern == (request.therapistId() != null)) {
            throw new RuleViolationException("concern", "Wait for a concern or for one therapist, not both or neither");
        }
        return concern ? request.concern().trim() : null;
    }

    private static String cityOf(WaitlistRequest request) {
        boolean city = request.city() != null && !request.city().isBlank();
        if (city == (request.clinicId() != null)) {
            throw new RuleViolationException("clinicId", "Wait at a clinic or in a city, not both or neither");
        }
        return city ? request.city().trim() : null;
    }

    private static SuitableHours hoursOf(WaitlistRequest request) {
        if (!request.earliest().isBefore(request.latest())) {
            throw new RuleViolationException("latest", "The latest time comes after the earliest");
        }
        return new SuitableHours(request.weekdays(), request.earliest(), request.latest());
    }

    private static Duration lengthOf(WaitlistRequest request) {
        return SessionLength.ofMinutes(request.durationMinutes()).map(SessionLength::duration)
                .orElseThrow(() -> new RuleViolationException("durationMinutes", "A session lasts 30, 60 or 90 minutes"));
    }
}
