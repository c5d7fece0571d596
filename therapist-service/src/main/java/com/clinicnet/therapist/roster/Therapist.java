package com.clinicnet.therapist.roster;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.platform.problem.RuleViolationException;

/**
 * A therapist of the network: credentials, languages, the clinics they work at and the specialties they practise,
 * each with a level. A deactivated therapist stays in history but is offered nowhere.
 */
record Therapist(UUID id, String name, Credentials credentials, List<String> languages, boolean active,
        Set<UUID> clinicIds, List<SpecialtyLevel> specialties, long version) {

    public static final int TRAINED = 1;
    public static final int EXPERT = 3;

    public Therapist {
        languages = List.copyOf(languages);
        clinicIds = Set.copyOf(clinicIds);
        specialties = List.copyOf(specialties);
        if (clinicIds.isEmpty()) {
            throw new RuleViolationException("clinicIds", "A therapist works at one clinic at least");
        }
    }

    /** The licence to practise and the body that issued it. */
    public record Credentials(String licenceNumber, String issuingBody) {
    }

    /** A specialty and how far the therapist has come in it: 1 trained, 2 experienced, 3 expert. */
    public record SpecialtyLevel(String code, int level) {

        public SpecialtyLevel {
            if (level < TRAINED || level > EXPERT) {
                throw new RuleViolationException("specialties", "A specialty level is 1, 2 or 3");
            }
        }
    }

    public Therapist revisedAs(Therapist details) {
        return new Therapist(id, details.name, details.credentials, details.languages, active, details.clinicIds,
                details.specialties, version + 1);
    }

    public Therapist deactivated() {
        return new Therapist(id, name, credentials, languages, false, clinicIds, specialties, version + 1);
    }

    /** The same profile at its next version, after a change of schedule or time off. */
    public Therapist nextVersion() {
        return new Therapist(id, name, credentials, languages, active, clinicIds, specialties, version + 1);
    }
}
