package com.clinicnet.booking.client;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.ForbiddenException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * Who may act for a client. A client acts only for themselves; a front desk only for the clients its clinics know
 * (registered there, or with a session or a plan there). Anyone else's client is "not found", as a missing one, so
 * that ids cannot be probed; nobody else reads personal data.
 */
final class ClientAccess {

    static final String REGISTERING_CLINIC = "registeringClinicId";

    private ClientAccess() {
    }

    /** The id the new profile gets: a client's own subject, or a new id when the front desk registers someone. */
    public static UUID idForNewProfile(Caller caller, boolean subjectAlreadyRegistered) {
        caller.requireAny(Role.CLIENT, Role.FRONT_DESK);
        if (caller.is(Role.CLIENT)) {
            UUID own = caller.subjectId()
                    .orElseThrow(() -> new ForbiddenException("A client token must name the client by id"));
            if (subjectAlreadyRegistered) {
                throw new ConflictException("This client is already registered");
            }
            return own;
        }
        return UUID.randomUUID();
    }

    /**
     * The clinic that registers a walk-in: the one the front desk names, or its only clinic. A client registering
     * themselves is registered at no clinic.
     */
    public static Optional<UUID> registeringClinic(Caller caller, UUID named) {
        if (caller.is(Role.CLIENT)) {
            return Optional.empty();
        }
        if (named != null) {
            if (!caller.servesClinic(named)) {
                throw new RuleViolationException(REGISTERING_CLINIC, "This is not one of your clinics");
            }
            return Optional.of(named);
        }
        if (caller.clinicIds().size() != 1) {
            throw new RuleViolationException(REGISTERING_CLINIC, "Name which of your clinics registers the client");
        }
        return caller.clinicIds().stream().findFirst();
    }

    /** Read or change the client's profile, intake, sessions or plans. */
    public static void requireMayActFor(Caller caller, UUID clientId, BooleanSupplier knownAtCallersClinics) {
        caller.requireAny(Role.CLIENT, Role.FRONT_DESK);
        if (!isOwnOrKnown(caller, clientId, knownAtCallersClinics)) {
            throw new NotFoundException("Client", clientId);
        }
    }

    /**
     * Book a session or start a plan for the client: the client themselves, or a front desk whose clinics know them.
     * Anyone else hears what they would for a client that does not exist.
     */
    public static void requireMayBookFor(Caller caller, UUID clientId, BooleanSupplier knownAtCallersClinics) {
        if (!isOwnOrKnown(caller, clientId, knownAtCallersClinics)) {
            throw new RuleViolationException("clientId", "No such client");
        }
    }

    private static boolean isOwnOrKnown(Caller caller, UUID clientId, BooleanSupplier knownAtCallersClinics) {
        return (caller.is(Role.CLIENT) && caller.isSubject(clientId))
                || (caller.is(Role.FRONT_DESK) && knownAtCallersClinics.getAsBoolean());
    }
}
