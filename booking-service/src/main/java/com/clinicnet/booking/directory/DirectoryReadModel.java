package com.clinicnet.booking.directory;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.ClinicUpdatedV1;
import com.clinicnet.events.TherapistProfileUpdatedV1;

/**
 * Booking's own copy of the clinic directory and the therapist profiles, built from the compacted topics.
 * A copy older than the one held (by version) is ignored, so redelivery and reordering are harmless.
 */
@Service
public class DirectoryReadModel {

    private final JdbcClient jdbc;

    DirectoryReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void apply(ClinicUpdatedV1 clinic) {
        jdbc.sql("""
                        INSERT INTO clinic_view (id, name, city, time_zone, treatment_rooms, buffer_minutes, version)
                        VALUES (:id, :name, :city, :zone, :rooms, :buffer, :version)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, city = excluded.city,
                            time_zone = excluded.time_zone, treatment_rooms = excluded.treatment_rooms,
                            buffer_minutes = excluded.buffer_minutes, version = excluded.version
                        WHERE clinic_view.version < excluded.version
                        """)
                .param("id", clinic.clinicId()).param("name", clinic.name()).param("city", clinic.city())
                .param("zone", clinic.timeZone()).param("rooms", clinic.treatmentRooms())
                .param("buffer", clinic.bufferMinutes()).param("version", clinic.version())
                .update();
    }

    @Transactional
    public void apply(TherapistProfileUpdatedV1 profile) {
        int changed = jdbc.sql("""
                        INSERT INTO therapist_view (id, name, active, version)
                        VALUES (:id, :name, :active, :version)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, active = excluded.active,
                            version = excluded.version
                        WHERE therapist_view.version < excluded.version
                        """)
                .param("id", profile.therapistId()).param("name", profile.name())
                .param("active", profile.active()).param("version", profile.version())
                .update();
        if (changed == 1) {
            replaceClinicsAndSpecialties(profile);
        }
    }

    @Transactional(readOnly = true)
    public Optional<ClinicView> clinic(UUID id) {
        return jdbc.sql("SELECT * FROM clinic_view WHERE id = :id").param("id", id)
                .query((row, n) -> new ClinicView(id, row.getString("name"), row.getString("city"),
                        ZoneId.of(row.getString("time_zone")), row.getInt("treatment_rooms"),
                        Duration.ofMinutes(row.getInt("buffer_minutes"))))
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<TherapistView> therapist(UUID id) {
        return jdbc.sql("SELECT name, active FROM therapist_view WHERE id = :id").param("id", id)
                .query((row, n) -> new TherapistView(id, row.getString("name"), row.getBoolean("active"),
                        clinicsOf(id), specialtiesOf(id)))
                .optional();
    }

    private void replaceClinicsAndSpecialties(TherapistProfileUpdatedV1 profile) {
        jdbc.sql("DELETE FROM therapist_view_clinic WHERE therapist_id = :id").param("id", profile.therapistId())
                .update();
        jdbc.sql("DELETE FROM therapist_view_specialty WHERE therapist_id = :id").param("id", profile.therapistId())
                .update();
        profile.clinicIds().forEach(clinicId -> jdbc
                .sql("INSERT INTO therapist_view_clinic (therapist_id, clinic_id) VALUES (:therapist, :clinic)")
                .param("therapist", profile.therapistId()).param("clinic", clinicId).update());
        profile.specialties().forEach(specialty -> jdbc.sql("""
                        INSERT INTO therapist_view_specialty (therapist_id, specialty_code, level)
                        VALUES (:therapist, :code, :level)
                        """)
                .param("therapist", profile.therapistId()).param("code", specialty.code())
                .param("level", specialty.level()).update());
    }

    private Set<UUID> clinicsOf(UUID therapistId) {
        return new HashSet<>(jdbc.sql("SELECT clinic_id FROM therapist_view_clinic WHERE therapist_id = :id")
                .param("id", therapistId).query(UUID.class).list());
    }

    private Map<String, Integer> specialtiesOf(UUID therapistId) {
        Map<String, Integer> levels = new HashMap<>();
        jdbc.sql("SELECT specialty_code, level FROM therapist_view_specialty WHERE therapist_id = :id")
                .param("id", therapistId)
                .query((row, n) -> levels.put(row.getString("specialty_code"), row.getInt("level")))
                .list();
        return levels;
    }
}
