package com.clinicnet.notification.planning;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.clinicnet.notification.contact.ClientErasureStep;

/**
 * Nothing still to be sent to an erased client goes out, and no row keeps naming them: their notifications stay for
 * the counts, with the {@link NotificationClientFields} cleared.
 */
@Component
class ErasedClientNotifications implements ClientErasureStep {

    private final JdbcClient jdbc;

    ErasedClientNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void clientErased(UUID clientId) {
        jdbc.sql("UPDATE notification SET state = CASE WHEN state = 'PENDING' THEN 'CANCELLED' ELSE state END, "
                        + NotificationClientFields.CLEARED + " WHERE client_id = :client")
                .param("client", clientId).update();
    }
}
