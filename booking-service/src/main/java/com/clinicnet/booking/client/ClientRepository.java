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

    void insert(Client client, UUID registeredAtClinic) {
        jdbc.sql("""
                        INSERT INTO client (id, name, email, phone, time_zone, language, preferred_channel,
                                            quiet_hours_from, quiet_hours_to, reminders_opt_out, version,
                                            registered_at_clinic)
                        VALUES (:id, :name, :email, :phone, :zone, :language, :channel, :quietFrom, :quietTo, :optOut,
                                :version, :registeredAt)
                        """)
                .params(columns(client))
                .param("registeredAt", registeredAtClinic)
                .update();
    }

    void update(Client client) {
        jdbc.sql("""
                        UPDATE client SET name = :name, email = :email, phone = :phone, time_zone = :zone,
                               language = :language, preferred_channel = :channel, quiet_hours_from = :quietFrom,
                               quiet_hours_to = :quietTo, reminders_opt_out = :optOut, version = :version
                        WHERE id = :id AND erased_at IS NULL
                        """)
                .params(columns(client))
                .update();
    }

    /** Removes the profile; the clinics that knew the client go with it. */
    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM client WHERE id = :id AND erased_at IS NULL").param("id", id).update() == 1;
    }

    private static java.util.Map<String, Object> columns(Client client) {
        java.util.Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("id", client.id());
        columns.put("name", client.name());
        columns.put("email", client.email());
        columns.put("phone", client.phone());
        columns.put("zone", client.timeZone().getId());
        columns.put("language", client.language());
        columns.put("channel", client.preferredChannel().name());
        columns.put("quietFrom", client.quietHours() == null ? null : client.quietHours().from());
        columns.put("quietTo", client.quietHours() == null ? null : client.quietHours().to());
        columns.put("optOut", client.remindersOptOut());
        columns.put("version", client.version());
        return columns;
    }

    /**
     * Clients known at any of the clinics whose name, email or phone contains the text, ignoring case, by name. The
     * text is matched literally: its % and _ are no wildcards.
     */
    java.util.List<Client> knownAtAnyOfMatching(java.util.Set<UUID> clinicIds, String text, int limit) {
        if (clinicIds.isEmpty()) {
            return java.util.List.of();
        }
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        SELECT * FROM client c
                        WHERE c.erased_at IS NULL
                          AND EXISTS (SELECT 1 FROM client_clinic k WHERE k.client_id = c.id AND k.clinic_id = ANY(:clinics))
                          AND (c.name ILIKE :pattern OR c.email ILIKE :pattern OR c.phone ILIKE :pattern)
                        ORDER BY c.name, c.id
                        LIMIT :limit
                        """)
                .param("clinics", clinicIds.toArray(UUID[]::new)).param("pattern", pattern).param("limit", limit)
                .query(ClientRepository::client).list();
    }

    Optional<Client> find(UUID id) {
        return jdbc.sql("SELECT * FROM client WHERE id = :id AND erased_at IS NULL").param("id", id)
                .query(ClientRepository::client).optional();
    }

    /** The clients with this phone number (a number is not unique: a family may share one). */
    java.util.List<UUID> withPhone(String phone) {
        return jdbc.sql("SELECT id FROM client WHERE phone = :phone AND erased_at IS NULL").param("phone", phone)
                .query(UUID.class).list();
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM client WHERE id = :id AND erased_at IS NULL").param("id", id)
                .query(Integer.class).single() > 0;
    }

    private static Client client(ResultSet row, int rowNumber) throws SQLException {
        return new Client(row.getObject("id", UUID.class), row.getString("name"), row.getString("email"),
                row.getString("phone"), ZoneId.of(row.getString("time_zone")), row.getString("language"),
                ContactChannel.valueOf(row.getString("preferred_channel")),
                row.getTime("quiet_hours_from") == null ? null : new Client.QuietHours(
                        row.getTime("quiet_hours_from").toLocalTime(), row.getTime("quiet_hours_to").toLocalTime()),
                row.getBoolean("reminders_opt_out"), row.getLong("version"));
    }
}
