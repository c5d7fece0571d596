package com.clinicnet.notification.contact;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.ClientContactUpdatedV1;
import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.ClientErasedV1;
import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.platform.messaging.UnreadableEventException;

/** The clients' contacts, kept from the compacted {@code client.contacts} topic; an older copy never wins. */
@Service
public class ClientContacts {

    private final JdbcClient jdbc;
    private final List<ClientErasureStep> erasureSteps;

    ClientContacts(JdbcClient jdbc, List<ClientErasureStep> erasureSteps) {
        this.jdbc = jdbc;
        this.erasureSteps = erasureSteps;
    }

    /** Applies a contact change, or forgets the contact on erasure (and cancels what was still to be sent). */
    @Transactional
    public void apply(ClinicNetEvent event) {
        switch (event) {
            case ClientContactUpdatedV2 contact -> apply(contact);
            case ClientContactUpdatedV1 v1 -> apply(new ClientContactUpdatedV2(v1.eventId(), v1.occurredAt(), v1.clientId(),
                    v1.name(), v1.email(), v1.phone(), v1.timeZone(), v1.language(), v1.preferredChannel(), null, null,
                    false, v1.version()));
            case ClientErasedV1 erased -> forget(erased.clientId());
            default -> throw new UnreadableEventException("Not a contact event: " + event.getClass().getSimpleName());
        }
    }

    /** The contact goes, and each feature forgets the client in its own tables, in this transaction. */
    private void forget(UUID clientId) {
        jdbc.sql("DELETE FROM contact WHERE client_id = :client").param("client", clientId).update();
        erasureSteps.forEach(step -> step.clientErased(clientId));
    }

    private void apply(ClientContactUpdatedV2 contact) {
        jdbc.sql("""
                        INSERT INTO contact (client_id, name, email, phone, time_zone, language, preferred_channel,
                                             quiet_hours_from, quiet_hours_to, reminders_opt_out, version)
                        VALUES (:client, :name, :email, :phone, :zone, :language, :channel, :quietFrom, :quietTo,
                                :optOut, :version)
                        ON CONFLICT (client_id) DO UPDATE SET name = excluded.name, email = excluded.email,
                            phone = excluded.phone, time_zone = excluded.time_zone, language = excluded.language,
                            preferred_channel = excluded.preferred_channel, quiet_hours_from = excluded.quiet_hours_from,
                            quiet_hours_to = excluded.quiet_hours_to, reminders_opt_out = excluded.reminders_opt_out,
                            version = excluded.version
                        WHERE contact.version < excluded.version
                        """)
                .param("client", contact.clientId()).param("name", contact.name())
                .param("email", contact.email()).param("phone", contact.phone())
                .param("zone", contact.timeZone()).param("language", contact.language())
                .param("channel", contact.preferredChannel()).param("version", contact.version())
                .param("quietFrom", contact.quietHoursFrom()).param("quietTo", contact.quietHoursTo())
                .param("optOut", contact.remindersOptOut())
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<Contact> find(UUID clientId) {
        return jdbc.sql("SELECT * FROM contact WHERE client_id = :client").param("client", clientId)
                .query((row, n) -> new Contact(clientId, row.getString("name"), row.getString("email"),
                        row.getString("phone"), ZoneId.of(row.getString("time_zone")), row.getString("language"),
                        row.getString("preferred_channel"), row.getBoolean("reminders_opt_out"),
                        row.getTime("quiet_hours_from") == null ? null : new QuietHours(
                                row.getTime("quiet_hours_from").toLocalTime(), row.getTime("quiet_hours_to").toLocalTime())))
                .optional();
    }
}
