package com.clinicnet.booking.client;

import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clinics that know each client: where they were registered, or have or had a session or a plan. */
@Repository
class ClientClinics {

    private final JdbcClient jdbc;

    ClientClinics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void knownAt(UUID clientId, UUID clinicId) {
        jdbc.sql("INSERT INTO client_clinic (client_id, clinic_id) VALUES (:client, :clinic) ON CONFLICT DO NOTHING")
                .param("client", clientId).param("clinic", clinicId).update();
    }

    boolean knownAtAnyOf(UUID clientId, Set<UUID> clinicIds) {
        if (clinicIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM client_clinic WHERE client_id = :client AND clinic_id IN (:clinics))
                        """)
                .param("client", clientId).param("clinics", clinicIds).query(Boolean.class).single();
    }
}
