package com.clinicnet.therapist.therapist;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TherapistRepository {

    private final JdbcClient jdbc;

    TherapistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Therapist therapist) {
        jdbc.sql("INSERT INTO therapist (id, name, active, version) VALUES (:id, :name, :active, :version)")
                .param("id", therapist.id()).param("name", therapist.name())
                .param("active", therapist.active()).param("version", therapist.version())
                .update();
        therapist.clinicIds().forEach(clinicId -> jdbc
                .sql("INSERT INTO therapist_clinic (therapist_id, clinic_id) VALUES (:therapist, :clinic)")
                .param("therapist", therapist.id()).param("clinic", clinicId).update());
        therapist.specialties().forEach(specialty -> jdbc.sql("""
                        INSERT INTO therapist_specialty (therapist_id, specialty_code, level)
                        VALUES (:therapist, :code, :level)
                        """)
                .param("therapist", therapist.id()).param("code", specialty.code())
                .param("level", specialty.level()).update());
    }

    Optional<Therapist> find(UUID id) {
        return jdbc.sql("SELECT id, name, active, version FROM therapist WHERE id = :id").param("id", id)
                .query((row, n) -> new Therapist(id, row.getString("name"), row.getBoolean("active"),
                        new HashSet<>(clinicsOf(id)), specialtiesOf(id), row.getLong("version")))
                .optional();
    }

    List<Therapist> findAtClinic(UUID clinicId) {
        return jdbc.sql("""
                        SELECT t.id FROM therapist t JOIN therapist_clinic c ON c.therapist_id = t.id
                        WHERE c.clinic_id = :clinic AND t.active ORDER BY t.name
                        """)
                .param("clinic", clinicId).query(UUID.class).list().stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    private List<UUID> clinicsOf(UUID id) {
        return jdbc.sql("SELECT clinic_id FROM therapist_clinic WHERE therapist_id = :id").param("id", id)
                .query(UUID.class).list();
    }

    private List<Therapist.SpecialtyLevel> specialtiesOf(UUID id) {
        return jdbc.sql("""
                        SELECT specialty_code, level FROM therapist_specialty
                        WHERE therapist_id = :id ORDER BY level DESC, specialty_code
                        """)
                .param("id", id)
                .query((row, n) -> new Therapist.SpecialtyLevel(row.getString("specialty_code"), row.getInt("level")))
                .list();
    }
}
