package com.clinicnet.therapist.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClinicRepository {

    private final JdbcClient jdbc;

    ClinicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Clinic clinic) {
        jdbc.sql("""
                        INSERT INTO clinic (id, name, city, address, time_zone, treatment_rooms, buffer_minutes, version)
                        VALUES (:id, :name, :city, :address, :timeZone, :rooms, :buffer, :version)
                        """)
                .params(columns(clinic))
                .update();
    }

    void update(Clinic clinic) {
        jdbc.sql("""
                        UPDATE clinic SET name = :name, city = :city, address = :address, time_zone = :timeZone,
                               treatment_rooms = :rooms, buffer_minutes = :buffer, version = :version,
                               updated_at = now()
                        WHERE id = :id
                        """)
                .params(columns(clinic))
                .update();
    }

    Optional<Clinic> find(UUID id) {
        return jdbc.sql("SELECT * FROM clinic WHERE id = :id").param("id", id).query(ClinicRepository::clinic)
                .optional();
    }

    Optional<Clinic> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM clinic WHERE id = :id FOR UPDATE").param("id", id)
                .query(ClinicRepository::clinic).optional();
    }

    List<Clinic> findInCity(String city) {
        return jdbc.sql("SELECT * FROM clinic WHERE lower(city) = lower(:city) ORDER BY name")
                .param("city", city.strip()).query(ClinicRepository::clinic).list();
    }

    List<Clinic> findAll() {
        return jdbc.sql("SELECT * FROM clinic ORDER BY city, name").query(ClinicRepository::clinic).list();
    }

    List<UUID> existing(Collection<UUID> ids) {
        return jdbc.sql("SELECT id FROM clinic WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(UUID.class).list();
    }

    private static java.util.Map<String, Object> columns(Clinic clinic) {
        return java.util.Map.of("id", clinic.id(), "name", clinic.name(), "city", clinic.city(),
                "address", clinic.address(), "timeZone", clinic.timeZone().getId(),
                "rooms", clinic.treatmentRooms(), "buffer", clinic.bufferAfterSession().toMinutes(),
                "version", clinic.version());
    }

    private static Clinic clinic(ResultSet row, int rowNumber) throws SQLException {
        return new Clinic(row.getObject("id", UUID.class), row.getString("name"), row.getString("city"),
                row.getString("address"), ZoneId.of(row.getString("time_zone")), row.getInt("treatment_rooms"),
                Duration.ofMinutes(row.getInt("buffer_minutes")), row.getLong("version"));
    }
}
