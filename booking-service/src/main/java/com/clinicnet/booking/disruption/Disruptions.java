package com.clinicnet.booking.disruption;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.availability.Alternatives;
import com.clinicnet.booking.availability.Slot;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.session.BookedSession;
import com.clinicnet.booking.session.BookedSessions;
import com.clinicnet.booking.session.SessionRescheduling;
import com.clinicnet.events.SessionDisruptedV1;
import com.clinicnet.events.SessionDisruptionEscalatedV1;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * Keeps the disruptions true to the directory: a booked session its therapist no longer works is marked disrupted
 * once, with alternatives for its client; one they work again is restored. Runs inside the transaction that changed
 * booking's copy of the directory, so a redelivered directory event (ignored by version) disrupts nothing twice.
 */
@Service
class Disruptions {

    private final BookedSessions sessions;
    private final SessionRescheduling rescheduling;
    private final Alternatives alternatives;
    private final DirectoryReadModel directory;
    private final DisruptionRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DisruptionProperties properties;

    Disruptions(BookedSessions sessions, SessionRescheduling rescheduling, Alternatives alternatives,
            DirectoryReadModel directory,
            DisruptionRepository repository, ApplicationEventPublisher events, Clock clock,
            DisruptionProperties properties) {
        this.sessions = sessions;
        this.rescheduling = rescheduling;
        this.alternatives = alternatives;
        this.directory = directory;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** Each booked session of the therapist still ahead, checked against the directory as it now is. */
    @Transactional
    public void reviewTherapist(UUID therapistId) {
        Review review = new Review(clock.instant());
        sessions.ofTherapistFrom(therapistId, review.now).forEach(session -> review(session, review));
    }

    /** Each booked session at the clinic still ahead (its closures may have changed), checked the same way. */
    @Transactional
    public void reviewClinic(UUID clinicId) {
        Review review = new Review(clock.instant());
        sessions.atClinicFrom(clinicId, review.now).forEach(session -> review(session, review));
    }

    private void review(BookedSession session, Review review) {
        Optional<ClinicView> clinic = review.clinic(session.clinicId());
        Optional<TherapistView> therapist = review.therapist(session.therapistId());
        if (alternatives.stillWorked(clinic, therapist, session.startsAt(), session.length())) {
            repository.resolve(session.id(), DisruptionResolution.RESTORED, review.now);
        } else if (!repository.isOpen(session.id())) {
            DisruptionCause cause = DisruptionCause.of(clinic, therapist, session.startsAt(), session.endsAt());
            disrupt(session, cause, review.now, review.offered);
        }
    }

    /**
     * One review of the sessions a directory change touched: the clinics and therapists it read (each once, however
     * many sessions share them), and what it offered so far, which the next client is not offered again.
     */
    private final class Review {

        private final Instant now;
        private final List<Slot> offered = new ArrayList<>();
        private final Map<UUID, Optional<ClinicView>> clinics = new HashMap<>();
        private final Map<UUID, Optional<TherapistView>> therapists = new HashMap<>();

        Review(Instant now) {
            this.now = now;
        }

        Optional<ClinicView> clinic(UUID id) {
            return clinics.computeIfAbsent(id, directory::clinic);
        }

        Optional<TherapistView> therapist(UUID id) {
            return therapists.computeIfAbsent(id, directory::therapist);
        }
    }

    @Transactional
    public void resolve(UUID sessionId, DisruptionResolution resolution) {
        repository.resolve(sessionId, resolution, clock.instant());
    }

    /**
     * Raises again, once, each disruption still open when its session is near ({@code escalateBefore} its start):
     * its front desk hears of it through SessionDisruptionEscalated, and the worklist marks it.
     */
    @Transactional
    public int escalateDue() {
        Instant now = clock.instant();
        List<Disruption> due = repository.claimToEscalate(now.plus(properties.escalateBefore()),
                properties.escalateBatch());
        for (Disruption disruption : due) {
            repository.markEscalated(disruption.sessionId(), now);
            sessions.find(disruption.sessionId()).ifPresent(session -> events.publishEvent(
                    new SessionDisruptionEscalatedV1(UUID.randomUUID(), now, session.id(), session.clientId(),
                            session.therapistId(), session.clinicId(), session.startsAt(),
                            session.clinicTimeZone().getId(), session.version())));
        }
        return due.size();
    }

    /**
     * The front desk's worklist: the clinic's open disruptions, soonest first. To anyone else, as for a clinic
     * booking does not know, there is no such clinic.
     */
    @Transactional(readOnly = true)
    public List<Disruption> openAt(Caller caller, UUID clinicId) {
        boolean mayRead = caller.is(Role.ADMIN) || caller.servesClinic(clinicId);
        if (!mayRead || directory.clinic(clinicId).isEmpty()) {
            throw new NotFoundException("Clinic", clinicId);
        }
        return repository.openAt(clinicId);
    }

    /**
     * The open disruption of a session still booked, for its client, the front desk of its clinic and
     * administrators; to anyone else, and when nothing disrupts it, not found.
     */
    @Transactional(readOnly = true)
    public Disruption openOf(Caller caller, UUID sessionId) {
        BookedSession session = visibleSession(caller, sessionId);
        if (!repository.isOpen(session.id())) {
            throw new NotFoundException("Disruption of session", sessionId);
        }
        return repository.ofSession(session.id()).orElseThrow();
    }

    /**
     * Moves the session to the time offered as {@code rank} (1 first), as a reschedule, which ends the disruption.
     * Asked again once taken, it answers the session where it now is, so a retried request is harmless.
     */
    @Transactional
    public BookedSession take(Caller caller, UUID sessionId, int rank) {
        BookedSession session = visibleSession(caller, sessionId);
        Disruption disruption = repository.ofSession(sessionId)
                .orElseThrow(() -> new NotFoundException("Disruption of session", sessionId));
        if (rank < 1 || rank > disruption.alternatives().size()) {
            throw new NotFoundException("Alternative " + rank + " of session", sessionId);
        }
        Alternative offer = disruption.alternatives().get(rank - 1);
        if (!repository.isOpen(sessionId)) {
            if (offer.isWhere(session)) {
                return session;
            }
            throw new NotFoundException("Disruption of session", sessionId);
        }
        return rescheduling.moveTo(caller, sessionId, offer.therapistId(), offer.clinicId(), offer.startsAt());
    }

    private BookedSession visibleSession(Caller caller, UUID sessionId) {
        return sessions.find(sessionId)
                .filter(session -> caller.is(Role.ADMIN) || caller.servesClinic(session.clinicId())
                        || (caller.is(Role.CLIENT) && caller.isSubject(session.clientId())))
                .orElseThrow(() -> new NotFoundException("Session", sessionId));
    }

    private void disrupt(BookedSession session, DisruptionCause cause, Instant now, List<Slot> offered) {
        List<Slot> slots = alternatives.insteadOf(session.clinicId(), session.therapistId(), session.startsAt(),
                session.length(), properties.alternativesOffered(), offered);
        offered.addAll(slots);
        List<Alternative> offers = slots.stream()
                .map(slot -> new Alternative(slot.therapistId(), slot.clinicId(), slot.starts().toInstant(),
                        slot.ends().toInstant(), slot.starts().getZone()))
                .toList();
        Disruption disruption = new Disruption(session.id(), session.clientId(), session.clinicId(),
                session.therapistId(), session.startsAt(), session.endsAt(), cause, offers, now);
        if (repository.open(disruption)) {
            events.publishEvent(disrupted(session, disruption));
        }
    }

    private SessionDisruptedV1 disrupted(BookedSession session, Disruption disruption) {
        return new SessionDisruptedV1(UUID.randomUUID(), disruption.detectedAt(), session.id(), session.clientId(),
                session.therapistId(), session.clinicId(), session.startsAt(), session.endsAt(),
                session.clinicTimeZone().getId(), (int) session.length().toMinutes(), disruption.cause().published(),
                disruption.alternatives().stream().map(offer -> new SessionDisruptedV1.Alternative(offer.therapistId(),
                        offer.clinicId(), offer.startsAt(), offer.endsAt(), offer.clinicTimeZone().getId())).toList(),
                session.version());
    }
}
