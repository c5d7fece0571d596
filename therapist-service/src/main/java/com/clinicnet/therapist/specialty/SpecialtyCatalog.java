package com.clinicnet.therapist.specialty;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;
import com.clinicnet.therapist.audit.AuditAction;

/**
 * The catalogue of specialties. A specialty added is audited under the name-based UUID of its code
 * ({@link AuditAction#specialtyId}), the code in the entry's reason, since a specialty has no UUID of its own.
 */
@Repository
public class SpecialtyCatalog {

    private static final Caller SYSTEM = new Caller("therapist-service", Set.of(Role.ADMIN), Set.of());

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SpecialtyCatalog(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes the whole catalogue to the compacted {@code specialty.catalog} topic. Specialties seeded by a
     * migration have no other moment to be published, so this runs at every start; republishing is harmless.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void publishCatalogue() {
        all(SYSTEM).forEach(this::publish);
    }

    private void publish(Specialty specialty) {
        events.publishEvent(new SpecialtyDescribedV1(UUID.randomUUID(), clock.instant(), specialty.code(),
                specialty.name(), specialty.addressesConcerns()));
    }

    @Transactional(readOnly = true)
    public List<Specialty> all(Caller caller) {
        caller.requireAny(Role.values());
        Map<String, List<String>> concerns = jdbc.sql("SELECT specialty_code, concern FROM specialty_concern ORDER BY concern")
                .query((row, n) -> Map.entry(row.getString("specialty_code"), row.getString("concern")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT code, name, description FROM specialty ORDER BY code")
                .query((row, n) -> new Specialty(row.getString("code"), row.getString("name"),
                        row.getString("description"), concerns.getOrDefault(row.getString("code"), List.of())))
                .list();
    }

    /** Adds a specialty to the catalogue: data, not code. */
    @Transactional
    public Specialty add(Caller caller, Specialty specialty) {
        caller.requireAny(Role.ADMIN);
        if (!unknownAmong(List.of(specialty.code())).isEmpty()) {
            jdbc.sql("INSERT INTO specialty (code, name, description) VALUES (:code, :name, :description)")
                    .param("code", specialty.code()).param("name", specialty.name())
                    .param("description", specialty.description()).update();
            specialty.addressesConcerns().forEach(concern -> jdbc
                    .sql("INSERT INTO specialty_concern (specialty_code, concern) VALUES (:code, :concern)")
                    .param("code", specialty.code()).param("concern", concern).update());
            audit.record(caller, AuditAction.SPECIALTY_DESCRIBED, "specialty",
                    AuditAction.specialtyId(specialty.code()), specialty.code());
            publish(specialty);
            return specialty;
        }
        throw new ConflictException("The specialty " + specialty.code() + " is already in the catalogue");
    }

    /** The codes among these that the catalogue does not know. */
    @Transactional(readOnly = true)
    public Set<String> unknownAmong(Collection<String> codes) {
        Set<String> unknown = new HashSet<>(codes);
        jdbc.sql("SELECT code FROM specialty WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(String.class).list()
                .forEach(unknown::remove);
        return unknown;
    }
}
