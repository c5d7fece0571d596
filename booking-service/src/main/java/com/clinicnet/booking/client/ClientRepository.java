package com.clinicnet.booking.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClientRepository {

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Client client) {
        jdbc.sql("""
                        INSERT INTO client (id, name, email, phone, time_zone, language, preferred_channel, version)
                        VALUES (:id, :name, :email, :phone, :zone, :language, :channel, :version)
                        """)
                .param("id", client.id()).param("name", client.name()).param("email", client.email())
                .param("phone", client.phone()).param("zone", client.timeZone().getId())
                .param("language", client.language()).param("channel", client.preferredChannel().name())
                .param("version", client.version())
                .update();
    }

    Optional<Client> find(UUID id) {
        return jdbc.sql("SELECT * FROM client WHERE id = :id").param("id", id).query(ClientRepository::client)
                .optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM client WHERE id = :id").param("id", id).query(Integer.class)
                .single() > 0;
    }

    private static Client client(ResultSet row, int rowNumber) throws SQLException {
        return new Client(row.getObject("id", UUID.class), row.getString("name"), row.getString("email"),
                row.getString("phone"), ZoneId.of(row.getString("time_zone")), row.getString("language"),
                ContactChannel.valueOf(row.getString("preferred_channel")), row.getLong("version"));
    }
}
