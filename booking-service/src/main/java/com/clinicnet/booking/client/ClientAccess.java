package com.clinicnet.booking.client;

import java.util.UUID;

import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.ForbiddenException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * Who may register and read client profiles. A client only ever sees their own profile (another's is "not found",
 * so ids cannot be probed); the front desk acts for any client; nobody else reads personal data.
 */
public final class ClientAccess {

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

    public static void requireMayRead(Caller caller, UUID clientId) {
        caller.requireAny(Role.CLIENT, Role.FRONT_DESK);
        if (caller.is(Role.CLIENT) && !caller.isSubject(clientId)) {
            throw new NotFoundException("Client", clientId);
        }
    }

    /**
     * Whose intake a slot search may apply: a client only their own (another's is "not found", as for their
     * profile); the front desk and administrators any client's, to find slots on the client's behalf.
     */
    public static void requireMaySearchFor(Caller caller, UUID clientId) {
        caller.requireAny(Role.CLIENT, Role.FRONT_DESK, Role.ADMIN);
        if (!caller.isAny(Role.FRONT_DESK, Role.ADMIN) && !caller.isSubject(clientId)) {
            throw new NotFoundException("Client", clientId);
        }
    }
}
