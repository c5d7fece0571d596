package com.clinicnet.web.signin;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person, as a controller receives them: the services know them by the token's subject (a client's
 * id, a therapist's id), their roles and, for a front desk, the clinics it serves. Only what the ID token says; the
 * booking profile is booking-service's.
 */
public record SignedIn(UUID id, String name, String email, String locale, Set<Role> roles, Set<UUID> clinicIds) {

    static final String ROLES = "roles";
    static final String CLINIC_IDS = "clinic_ids";

    public SignedIn {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        clinicIds = Set.copyOf(clinicIds);
    }

    static SignedIn of(OidcUser user) {
        return new SignedIn(UUID.fromString(user.getSubject()), user.getFullName() != null ? user.getFullName()
                : user.getPreferredUsername(), user.getEmail(), user.getLocale(), rolesOf(user),
                clinicIdsOf(user));
    }

    /** As a client: booking-service knows a client by their id. */
    public UUID clientId() {
        return id;
    }

    /** As a therapist: their account's id is their therapist id. */
    public UUID therapistId() {
        return id;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** A front desk serves only the clinics its account names. */
    public boolean serves(UUID clinicId) {
        return is(Role.FRONT_DESK) && clinicIds.contains(clinicId);
    }

    private static Set<Role> rolesOf(OidcUser user) {
        return rolesIn(user.getClaim(ROLES));
    }

    /** The roles a {@code roles} claim names; names the web does not know grant nothing. */
    static Set<Role> rolesIn(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(claim)) {
            Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).forEach(roles::add);
        }
        return roles;
    }

    private static Set<UUID> clinicIdsOf(OidcUser user) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : strings(user.getClaim(CLINIC_IDS))) {
            try {
                ids.add(UUID.fromString(id));
            }
            catch (IllegalArgumentException notAnId) {
                // an attribute mistyped in Keycloak grants nothing
            }
        }
        return ids;
    }

    /** A claim Keycloak sends as a list, or as one string when the list has a single value. */
    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
