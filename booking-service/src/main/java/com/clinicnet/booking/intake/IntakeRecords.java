package com.clinicnet.booking.intake;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.booking.client.ClientRegistry;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/** Intakes, and what they mean for booking: the right specialist, or a doctor first. */
@Service
public class IntakeRecords {

    private final IntakeRepository intakes;
    private final ClientRegistry clients;
    private final DirectoryReadModel directory;
    private final AuditTrail audit;
    private final Clock clock;

    IntakeRecords(IntakeRepository intakes, ClientRegistry clients, DirectoryReadModel directory, AuditTrail audit,
            Clock clock) {
        this.intakes = intakes;
        this.clients = clients;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Intake record(Caller caller, UUID clientId, IntakeRequest request) {
        clients.requireMayActFor(caller, clientId);
        if (!clients.exists(clientId)) {
            throw new NotFoundException("Client", clientId);
        }
        Set<String> specialties = directory.specialtiesFor(request.concerns());
        if (specialties.isEmpty()) {
            throw new RuleViolationException("concerns", "No specialty of the network addresses these concerns");
        }
        Intake intake = new Intake(clientId, request.concerns(), request.painLevel(),
                request.conditions() == null ? Set.of() : request.conditions(),
                request.injuriesToAvoid() == null ? List.of() : request.injuriesToAvoid(), clock.instant());
        intakes.save(intake);
        audit.record(caller, AuditAction.INTAKE_RECORDED, "client", clientId);
        return intake;
    }

    /** The client's intake, read from their record by the client or a front desk of theirs; the read is audited. */
    @Transactional
    public Intake find(Caller caller, UUID clientId) {
        clients.requireMayActFor(caller, clientId);
        return read(caller, clientId, "client record");
    }

    /**
     * The intake of the client of a session, for someone the session already lets read it (its therapist, say); the
     * read is audited with the session as its reason.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Intake readForSession(Caller caller, UUID clientId, UUID sessionId) {
        return read(caller, clientId, "session " + sessionId);
    }

    /**
     * As {@link #readForSession}, for a list of sessions where a client may have given no intake: empty then, and
     * nothing audited, since nothing was read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Intake> readForSessionIfRecorded(Caller caller, UUID clientId, UUID sessionId) {
        Optional<Intake> intake = intakes.find(clientId);
        intake.ifPresent(read -> audit.record(caller, AuditAction.INTAKE_READ, "client", clientId,
                "session " + sessionId));
        return intake;
    }

    private Intake read(Caller caller, UUID clientId, String reason) {
        Intake intake = intakes.find(clientId).orElseThrow(() -> new NotFoundException("Intake of client", clientId));
        audit.record(caller, AuditAction.INTAKE_READ, "client", clientId, reason);
        return intake;
    }

    /**
     * Refuses a booking the client's intake rules out: a red flag needs a doctor first; otherwise the therapist
     * must address a concern and meet every condition. A client without an intake may book any therapist.
     */
    @Transactional(readOnly = true)
    public void requireSafeToBook(UUID clientId, TherapistView therapist) {
        needsOf(clientId).ifPresent(needs -> needs.requireTreatableBy(therapist.specialtyLevels()));
    }

    /**
     * The needs a slot search applies, if it is for a client with an intake: a client's own (their token's subject),
     * or the one staff name by {@code clientId}. One intake lookup and one catalogue lookup, whatever the search
     * finds.
     */
    @Transactional(readOnly = true)
    public Optional<TreatmentNeeds> needsForSearch(Caller caller, UUID clientId) {
        if (clientId == null) {
            return caller.is(Role.CLIENT) ? caller.subjectId().flatMap(this::needsOf) : Optional.empty();
        }
        clients.requireMayActFor(caller, clientId);
        if (!clients.exists(clientId)) {
            throw new NotFoundException("Client", clientId);
        }
        return needsOf(clientId);
    }

    /** Part of an erasure: the intake goes, with nothing kept. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(UUID clientId) {
        intakes.delete(clientId);
    }

    /** The client's needs, whoever asks: for work done on the client's behalf (the waitlist's offers), not a caller's. */
    @Transactional(readOnly = true)
    public Optional<TreatmentNeeds> needsOf(UUID clientId) {
        return intakes.find(clientId)
                .map(intake -> new TreatmentNeeds(intake, directory.specialtiesFor(intake.concerns())));
    }
}
