package com.clinicnet.booking.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

import tools.jackson.databind.JsonNode;

/**
 * booking-service's trail as the platform keeps it: an entry carries its reason, it is written only inside the
 * change's transaction, and the table refuses, even to the service's own database user, to be rewritten.
 */
@ServiceIntegrationTest
class AuditTrailIntegrationTests {

    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_entry_keeps_its_reason_and_operators_read_it_back() {
        UUID plan = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        Caller frontDesk = new Caller("front-desk-7", Set.of(Role.FRONT_DESK), Set.of());

        transactions.executeWithoutResult(status -> trail.record(frontDesk, AuditAction.PLAN_SESSION_BOOKED, "plan",
                plan, "session " + session));

        JsonNode newest = as(identity.ops()).get("/audit?objectId=" + plan).json().get(0);
        assertThat(newest.path("subject").asString()).isEqualTo("front-desk-7");
        assertThat(newest.path("roles").asString()).isEqualTo("FRONT_DESK");
        assertThat(newest.path("action").asString()).isEqualTo("PLAN_SESSION_BOOKED");
        assertThat(newest.path("objectType").asString()).isEqualTo("plan");
        assertThat(newest.path("reason").asString()).isEqualTo("session " + session);
    }

    @Test
    void an_entry_is_refused_outside_the_transaction_of_a_change() {
        UUID client = UUID.randomUUID();

        assertThatThrownBy(() -> trail.record(new Caller(client.toString(), Set.of(Role.CLIENT), Set.of()),
                AuditAction.CLIENT_UPDATED, "client", client)).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(actionsAbout(client)).isEmpty();
    }

    @Test
    void the_audit_trail_refuses_an_update_even_from_the_database_user() {
        UUID client = registeredClient();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET subject = 'someone else' WHERE object_id = :id")
                .param("id", client).update())
                .hasMessageContaining("audit_entry is append-only");
        assertThat(jdbc.sql("SELECT subject FROM audit_entry WHERE object_id = :id").param("id", client)
                .query(String.class).single()).isEqualTo(client.toString());
    }

    @Test
    void the_audit_trail_refuses_a_delete_even_from_the_database_user() {
        UUID client = registeredClient();

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE object_id = :id").param("id", client).update())
                .hasMessageContaining("audit_entry is append-only");
        assertThat(actionsAbout(client)).containsExactly("CLIENT_REGISTERED");
    }

    @Test
    void the_audit_trail_refuses_a_truncate_even_from_the_database_user() {
        UUID client = registeredClient();

        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
                .hasMessageContaining("audit_entry is append-only");
        assertThat(actionsAbout(client)).containsExactly("CLIENT_REGISTERED");
    }

    /** A client registering themselves: the entry {@code CLIENT_REGISTERED} under their id. */
    private UUID registeredClient() {
        UUID client = UUID.randomUUID();
        HttpResponseBody registered = as(identity.client(client)).post("/clients", Map.of("name", "Rita Lopes",
                "email", "rita@example.org", "timeZone", "Europe/Lisbon", "language", "pt",
                "preferredChannel", "EMAIL"));
        assertThat(registered.status()).isEqualTo(201);
        return client;
    }

    private List<String> actionsAbout(UUID objectId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE object_id = :id ORDER BY id DESC")
                .param("id", objectId).query(String.class).list();
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }
}
