package com.clinicnet.platform.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.platform.problem.ForbiddenException;

/**
 * The authenticated caller of a request, as the service layer sees it: plain Java, so the access rules of each
 * feature are written and tested without Spring.
 */
public record Caller(String subject, Set<Role> roles, Set<UUID> clinicIds) {

    public Caller {
        roles = Set.copyOf(roles);
        clinicIds = Set.copyOf(clinicIds);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(this::is);
    }

    /** The subject as an id (a client's or a therapist's), if it is one. */
    public Optional<UUID> subjectId() {
        try {
            return Optional.of(UUID.fromString(subject));
        }
        catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    public boolean isSubject(UUID id) {
        return subjectId().filter(id::equals).isPresent();
    }

    public boolean servesClinic(UUID clinicId) {
        return is(Role.FRONT_DESK) && clinicIds.contains(clinicId);
    }

    /** Refuses (403) a caller that has none of the roles. */
    public void requireAny(Role... allowed) {
        if (!isAny(allowed)) {
            throw new ForbiddenException("This needs one of the roles " + Arrays.toString(allowed));
        }
    }
}
