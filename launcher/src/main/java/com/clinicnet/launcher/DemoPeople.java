package com.clinicnet.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * People who sign in to the web app of the local run, one per role, created in Keycloak through its admin API once
 * the demo data exists (the therapist's account carries her therapist id, the front desk its clinics). Passwords are
 * generated once and kept in {@code .clinicnet/demo-people.properties}. Staff get only their staff role: people are
 * imported, and an import does not grant the realm's default role (CLIENT) as self-registration does.
 */
final class DemoPeople {

    /** One demo person; {@code id} empty lets Keycloak choose it. */
    record Person(String username, String firstName, String lastName, String role, Optional<String> id,
            List<String> clinicIds) {
    }

    /** The user attribute the realm's clinicnet scope maps into the clinic_ids claim. */
    static final String CLINIC_IDS = "clinic_ids";

    private final GeneratedSecrets passwords;

    DemoPeople(Path file) {
        this.passwords = new GeneratedSecrets(file, "Demo people of the local Keycloak: username.password");
    }

    Path path() {
        return passwords.path();
    }

    /** The demo people, given the seeded therapist Ana Sousa's id and the clinics the front desk serves. */
    static List<Person> of(String anaTherapistId, List<String> frontDeskClinicIds) {
        return List.of(
                new Person("maria@example.org", "Maria", "Costa", "CLIENT", Optional.empty(), List.of()),
                new Person("ana@clinicnet.local", "Ana", "Sousa", "THERAPIST", Optional.of(anaTherapistId), List.of()),
                new Person("frontdesk@clinicnet.local", "Rita", "Gomes", "FRONT_DESK", Optional.empty(),
                        frontDeskClinicIds),
                new Person("ops@clinicnet.local", "Oscar", "Pinto", "OPS", Optional.empty(), List.of()),
                new Person("admin@clinicnet.local", "Alice", "Moreira", "ADMIN", Optional.empty(), List.of()));
    }

    /**
     * Creates the people Keycloak does not have yet, and again those whose fixed id no longer matches (the therapist
     * after the demo network was seeded afresh); gives the others their clinics again. Returns each person's password
     * by username.
     */
    Map<String, String> ensure(KeycloakAdmin admin, List<Person> people) {
        List<Map<String, Object>> missing = new ArrayList<>();
        Map<String, String> passwordsByUsername = new LinkedHashMap<>();
        for (Person person : people) {
            String password = passwords.secret(person.username() + ".password");
            passwordsByUsername.put(person.username(), password);
            Optional<JsonNode> existing = admin.user(person.username());
            boolean stale = existing.isPresent() && person.id().isPresent()
                    && !person.id().get().equals(existing.get().get("id").asString());
            if (stale) {
                admin.deleteUser(existing.get().get("id").asString());
            }
            if (existing.isEmpty() || stale) {
                missing.add(representation(person, password));
            }
            else if (!person.clinicIds().isEmpty()) {
                // the clinics of a network seeded afresh
                admin.setAttribute(person.username(), CLINIC_IDS, person.clinicIds());
            }
        }
        if (!missing.isEmpty()) {
            admin.importUsers(missing);
        }
        return passwordsByUsername;
    }

    private static Map<String, Object> representation(Person person, String password) {
        Map<String, Object> user = new LinkedHashMap<>();
        person.id().ifPresent(id -> user.put("id", id));
        user.put("username", person.username());
        user.put("email", person.username());
        user.put("emailVerified", true);
        user.put("enabled", true);
        user.put("firstName", person.firstName());
        user.put("lastName", person.lastName());
        user.put("realmRoles", List.of(person.role()));
        if (!person.clinicIds().isEmpty()) {
            user.put("attributes", Map.of(CLINIC_IDS, person.clinicIds()));
        }
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        return user;
    }
}
