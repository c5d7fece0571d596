package com.clinicnet.booking.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a client told the clinic about their back: concerns, pain level, conditions and injuries to avoid. Health
 * data: kept in booking's own table only.
 */
public record Intake(UUID clientId, List<String> concerns, int painLevel, Set<Condition> conditions,
        List<String> injuriesToAvoid, Instant recordedAt) {

    public Intake {
        concerns = List.copyOf(concerns);
        conditions = Set.copyOf(conditions);
        injuriesToAvoid = List.copyOf(injuriesToAvoid);
    }

    public boolean hasRedFlag() {
        return conditions.stream().anyMatch(Condition::isRedFlag);
    }

    /**
     * Whether a therapist with these specialty levels may treat this client: a specialty that addresses one of the
     * concerns (per the catalogue), and every specialty a condition requires.
     */
    public boolean treatableBy(Map<String, Integer> therapistSpecialties, Set<String> specialtiesForConcerns) {
        boolean addressesAConcern = specialtiesForConcerns.stream().anyMatch(therapistSpecialties::containsKey);
        boolean meetsConditions = conditions.stream().flatMap(condition -> condition.requiredSpecialty().stream())
                .allMatch(therapistSpecialties::containsKey);
        return addressesAConcern && meetsConditions;
    }
}
