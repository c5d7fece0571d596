package com.clinicnet.notification.contact;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.ClientContactUpdatedV1;

/** The contact directory, kept from the compacted {@code client.contacts} topic; an older copy never wins. */
@Service
public class ContactDirectory {

    private final JdbcClient jdbc;

    ContactDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void apply(ClientContactUpdatedV1 contact) {
        jdbc.sql("""
                        INSERT INTO contact (client_id, name, email, phone, time_zone, language, preferred_channel, version)
                        VALUES (:client, :name, :email, :phone, :zone, :language, :channel, :version)
                        ON CONFLICT (client_id) DO UPDATE SET name = excluded.name, email = excluded.email,
                            phone = excluded.phone, time_zone = excluded.time_zone, language = excluded.language,
                            preferred_channel = excluded.preferred_channel, version = excluded.version
                        WHERE contact.version < excluded.version
                        """)
                .param("client", contact.clientId()).param("name", contact.name())
                .param("email", contact.email()).param("phone", contact.phone())
                .param("zone", contact.timeZone()).param("language", contact.language())
                .param("channel", contact.preferredChannel()).param("version", contact.version())
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Contact> find(UUID clientId) {
        return jdbc.sql("SELECT * FROM contact WHERE client_id = :client").param("client", clientId)
                .query((row, n) -> new Contact(clientId, row.getString("name"), row.getString("email"),
                        row.getString("phone"), ZoneId.of(row.getString("time_zone")), row.getString("language"),
                        row.getString("preferred_channel")))
                .optional();
    }
}
