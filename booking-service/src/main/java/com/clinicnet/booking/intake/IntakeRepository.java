package com.clinicnet.booking.intake;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IntakeRepository {

    private final JdbcClient jdbc;

    IntakeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Intake intake) {
        jdbc.sql("""
                        INSERT INTO intake (client_id, concerns, pain_level, conditions, injuries_to_avoid, recorded_at)
                        VALUES (:client, :concerns, :pain, :conditions, :injuries, :at)
                        ON CONFLICT (client_id) DO UPDATE SET concerns = excluded.concerns, pain_level = excluded.pain_level,
                            conditions = excluded.conditions, injuries_to_avoid = excluded.injuries_to_avoid,
                            recorded_at = excluded.recorded_at
                        """)
                .param("client", intake.clientId()).param("concerns", intake.concerns().toArray(String[]::new))
                .param("pain", intake.painLevel())
                .param("conditions", intake.conditions().stream().map(Condition::name).toArray(String[]::new))
                .param("injuries", intake.injuriesToAvoid().toArray(String[]::new))
                .param("at", Timestamp.from(intake.recordedAt()))
                .update();
    }

    void delete(UUID clientId) {
        jdbc.sql("DELETE FROM intake WHERE client_id = :client").param("client", clientId).update();
    }

    Optional<Intake> find(UUID clientId) {
        return jdbc.sql("SELECT * FROM intake WHERE client_id = :client").param("client", clientId)
                .query((row, n) -> new Intake(clientId, Arrays.asList((String[]) row.getArray("concerns").getArray()),
                        row.getInt("pain_level"),
                        Arrays.stream((String[]) row.getArray("conditions").getArray()).map(Condition::valueOf)
                                .collect(Collectors.toSet()),
                        Arrays.asList((String[]) row.getArray("injuries_to_avoid").getArray()),
                        row.getTimestamp("recorded_at").toInstant()))
                .optional();
    }
}
