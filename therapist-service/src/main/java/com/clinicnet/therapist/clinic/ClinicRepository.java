package com.clinicnet.therapist.clinic;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
                        INSERT INTO clinic (id, name, city, address, time_zone, treatment_rooms, buffer_minutes,
                                            late_cancellation_notice_minutes, session_types, version)
                        VALUES (:id, :name, :city, :address, :timeZone, :rooms, :buffer, :notice, :types, :version)
                        """)
                .params(columns(clinic))
                .update();
        insertOpeningHours(clinic);
    }

    void update(Clinic clinic) {
        jdbc.sql("""
                        UPDATE clinic SET name = :name, city = :city, address = :address, time_zone = :timeZone,
                               treatment_rooms = :rooms, buffer_minutes = :buffer,
                               late_cancellation_notice_minutes = :notice, session_types = :types,
                               version = :version, updated_at = now()
                        WHERE id = :id
                        """)
                .params(columns(clinic))
                .update();
        jdbc.sql("DELETE FROM clinic_opening_hours WHERE clinic_id = :id").param("id", clinic.id()).update();
        insertOpeningHours(clinic);
    }

    Optional<Clinic> find(UUID id) {
        return jdbc.sql("SELECT * FROM clinic WHERE id = :id").param("id", id).query(this::clinic).optional();
    }

    Optional<Clinic> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM clinic WHERE id = :id FOR UPDATE").param("id", id).query(this::clinic)
                .optional();
    }

    List<Clinic> findInCity(String city) {
        return jdbc.sql("SELECT * FROM clinic WHERE lower(city) = lower(:city) ORDER BY name")
                .param("city", city.strip()).query(this::clinic).list();
    }

    List<Clinic> findAll() {
        return jdbc.sql("SELECT * FROM clinic ORDER BY city, name").query(this::clinic).list();
    }

    List<Clinic> findAll(Collection<UUID> ids) {
        return jdbc.sql("SELECT * FROM clinic WHERE id = ANY(:ids)").param("ids", ids.toArray(UUID[]::new))
                .query(this::clinic).list();
    }

    /** The clinic's closures on or after the local date, by date. */
    List<Closure> closuresFrom(UUID clinicId, java.time.LocalDate from) {
        return jdbc.sql("SELECT day, name FROM clinic_closure WHERE clinic_id = :id AND day >= :from ORDER BY day")
                .param("id", clinicId).param("from", from)
                .query((row, n) -> new Closure(row.getDate("day").toLocalDate(), row.getString("name"))).list();
    }

    /** False when the clinic is already closed that day. */
    boolean addClosure(UUID clinicId, Closure closure) {
        return jdbc.sql("""
                        INSERT INTO clinic_closure (clinic_id, day, name) VALUES (:id, :day, :name)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", clinicId).param("day", closure.date()).param("name", closure.name()).update() == 1;
    }

    /** False when the clinic was not closed that day. */
    boolean removeClosure(UUID clinicId, java.time.LocalDate day) {
        return jdbc.sql("DELETE FROM clinic_closure WHERE clinic_id = :id AND day = :day")
                .param("id", clinicId).param("day", day).update() == 1;
    }

    private void insertOpeningHours(Clinic clinic) {
        clinic.openingHours().forEach(hours -> jdbc.sql("""
                        INSERT INTO clinic_opening_hours (clinic_id, weekday, opens, closes)
                        VALUES (:clinic, :weekday, :opens, :closes)
                        """)
                .param("clinic", clinic.id()).param("weekday", hours.weekday().name())
                .param("opens", hours.opens()).param("closes", hours.closes())
                .update());
    }

    private List<OpeningHours> openingHoursOf(UUID clinicId) {
        return jdbc.sql("SELECT weekday, opens, closes FROM clinic_opening_hours WHERE clinic_id = :id")
                .param("id", clinicId)
                .query((row, n) -> new OpeningHours(DayOfWeek.valueOf(row.getString("weekday")),
                        row.getTime("opens").toLocalTime(), row.getTime("closes").toLocalTime()))
                .list().stream()
                .sorted(java.util.Comparator.comparing(OpeningHours::weekday).thenComparing(OpeningHours::opens))
                .toList();
    }

    private static Map<String, Object> columns(Clinic clinic) {
        return Map.of("id", clinic.id(), "name", clinic.name(), "city", clinic.city(),
                "address", clinic.address(), "timeZone", clinic.timeZone().getId(),
                "rooms", clinic.treatmentRooms(), "buffer", clinic.bufferAfterSession().toMinutes(),
                "notice", clinic.lateCancellationNotice().toMinutes(),
                "types", clinic.sessionTypes().toArray(Integer[]::new),
                "version", clinic.version());
    }

    private Clinic clinic(ResultSet row, int rowNumber) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        return new Clinic(id, row.getString("name"), row.getString("city"),
                row.getString("address"), ZoneId.of(row.getString("time_zone")), row.getInt("treatment_rooms"),
                Duration.ofMinutes(row.getInt("buffer_minutes")),
                Duration.ofMinutes(row.getInt("late_cancellation_notice_minutes")),
                integers(row.getArray("session_types")), openingHoursOf(id), row.getLong("version"));
    }

    private static java.util.Set<Integer> integers(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).collect(Collectors.toCollection(HashSet::new));
    }
}
