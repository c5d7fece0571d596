package com.clinicnet.notification.names;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.events.ClinicUpdatedV1;
import com.clinicnet.events.ClinicUpdatedV2;
import com.clinicnet.events.ClinicUpdatedV3;
import com.clinicnet.events.TherapistProfileUpdatedV1;
import com.clinicnet.events.TherapistProfileUpdatedV2;
import com.clinicnet.events.TherapistRemovedV1;
import com.clinicnet.platform.messaging.UnreadableEventException;

/**
 * The clinic and therapist names messages may show, kept from the compacted {@code clinic.directory} and
 * {@code therapist.profiles} topics. Each event carries the full state with a version shared by its event versions;
 * a copy older than the one held is ignored, so redelivery, reordering and a replay from the beginning all end in
 * the same state without recording event ids. Only the clinic's name and address and the therapist's first name
 * are kept.
 */
@Service
class ClinicAndTherapistNames implements Names {

    private final JdbcClient jdbc;

    ClinicAndTherapistNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void apply(ClinicNetEvent event) {
        switch (event) {
            case ClinicUpdatedV3 clinic -> clinic(clinic.clinicId(), clinic.name(), clinic.address(), clinic.version());
            case ClinicUpdatedV2 clinic -> clinic(clinic.clinicId(), clinic.name(), clinic.address(), clinic.version());
            case ClinicUpdatedV1 clinic -> clinic(clinic.clinicId(), clinic.name(), clinic.address(), clinic.version());
            case TherapistProfileUpdatedV2 profile -> therapist(profile.therapistId(), profile.name(), profile.version());
            case TherapistProfileUpdatedV1 profile -> therapist(profile.therapistId(), profile.name(), profile.version());
            case TherapistRemovedV1 removed -> jdbc.sql("DELETE FROM therapist WHERE id = :id")
                    .param("id", removed.therapistId()).update();
            default -> throw new UnreadableEventException("Not a directory event: " + event.getClass().getSimpleName());
        }
    }

    private void clinic(UUID id, String name, String address, long version) {
        jdbc.sql("""
                        INSERT INTO clinic (id, name, address, version) VALUES (:id, :name, :address, :version)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address,
                                                      version = excluded.version
                        WHERE clinic.version < excluded.version
                        """)
                .param("id", id).param("name", shown(name)).param("address", shown(address), java.sql.Types.VARCHAR)
                .param("version", version)
                .update();
    }

    private void therapist(UUID id, String name, long version) {
        jdbc.sql("""
                        INSERT INTO therapist (id, first_name, version) VALUES (:id, :firstName, :version)
                        ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name, version = excluded.version
                        WHERE therapist.version < excluded.version
                        """)
                .param("id", id).param("firstName", FirstName.of(name).orElse(null)).param("version", version)
                .update();
    }

    private static String shown(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> clinicAddress(UUID clinicId) {
        return jdbc.sql("SELECT address FROM clinic WHERE id = :id AND address IS NOT NULL").param("id", clinicId)
                .query(String.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> clinicName(UUID clinicId) {
        return jdbc.sql("SELECT name FROM clinic WHERE id = :id AND name IS NOT NULL").param("id", clinicId)
                .query(String.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> therapistFirstName(UUID therapistId) {
        return jdbc.sql("SELECT first_name FROM therapist WHERE id = :id AND first_name IS NOT NULL")
                .param("id", therapistId).query(String.class).optional();
    }
}
