package com.clinicnet.booking.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

/** The front desk finds a client to book for among those its clinics know, in PostgreSQL. */
@ServiceIntegrationTest
class ClientSearchIntegrationTests {

    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UUID baixa;
    UUID porto;
    UUID mariana;
    UUID maria;

    @BeforeEach
    void walk_ins_registered_at_baixa_and_one_at_porto() {
        baixa = UUID.randomUUID();
        porto = UUID.randomUUID();
        maria = walkIn(baixa, "Maria Costa", "maria.costa@example.org", "+351911000001");
        mariana = walkIn(baixa, "Mariana Reis", "mreis@example.org", "+351922000002");
        walkIn(baixa, "Rui 100% Almeida", "rui@example.org", null);
        walkIn(porto, "Maria Lopes", "maria.lopes@example.org", "+351933000003");
    }

    @Test
    void the_desk_finds_clients_of_its_clinic_by_part_of_a_name_ignoring_case_ordered_by_name() {
        HttpResponseBody found = desk(baixa).get("/clients?search=MARI");

        assertThat(found.status()).isEqualTo(200);
        assertThat(names(found)).containsExactly("Maria Costa", "Mariana Reis");
        assertThat(found.json().get(0).path("id").asString()).isEqualTo(maria.toString());
        assertThat(found.json().get(0).path("email").asString()).isEqualTo("maria.costa@example.org");
        assertThat(found.json().get(0).path("phone").asString()).isEqualTo("+351911000001");
        assertThat(found.json().get(0).propertyNames()).containsExactlyInAnyOrder("id", "name", "email", "phone");
    }

    @Test
    void a_client_known_only_at_another_clinic_is_not_found() {
        assertThat(names(desk(baixa).get("/clients?search=Lopes"))).isEmpty();
        assertThat(names(desk(porto).get("/clients?search=Lopes"))).containsExactly("Maria Lopes");
    }

    @Test
    void the_desk_finds_a_client_by_part_of_an_email_or_a_phone_number() {
        assertThat(names(desk(baixa).get("/clients?search=mreis@"))).containsExactly("Mariana Reis");
        assertThat(names(desk(baixa).get("/clients?search=922000"))).containsExactly("Mariana Reis");
    }

    @Test
    void a_percent_sign_matches_itself_and_not_everyone() {
        assertThat(names(desk(baixa).get("/clients?search=0%25"))).containsExactly("Rui 100% Almeida");
    }

    @Test
    void at_most_twenty_clients_are_answered() {
        for (int i = 0; i < 22; i++) {
            walkIn(porto, "Sofia " + (char) ('A' + i), "sofia" + i + "@example.org", null);
        }

        assertThat(names(desk(porto).get("/clients?search=sofia"))).hasSize(20).startsWith("Sofia A");
    }

    @Test
    void a_search_of_fewer_than_two_characters_or_none_is_a_400_naming_search() {
        for (String path : List.of("/clients?search=M", "/clients?search=%20%20", "/clients")) {
            HttpResponseBody refused = desk(baixa).get(path);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).as(path).isEqualTo("search");
        }
    }

    @Test
    void only_the_front_desk_searches_clients_other_roles_are_refused_as_the_module_refuses_a_role() {
        assertThat(as(identity.therapist(UUID.randomUUID())).get("/clients?search=Maria").status()).isEqualTo(403);
        assertThat(as(identity.client(maria)).get("/clients?search=Maria").status()).isEqualTo(403);
        assertThat(as(identity.ops()).get("/clients?search=Maria").status()).isEqualTo(403);
        assertThat(ServiceClient.onPort(port).get("/clients?search=Maria").status()).isEqualTo(401);
    }

    private UUID walkIn(UUID clinic, String name, String email, String phone) {
        Map<String, Object> profile = new java.util.HashMap<>(Map.of("name", name, "email", email,
                "timeZone", "Europe/Lisbon", "language", "pt", "preferredChannel", "EMAIL",
                "registeringClinicId", clinic.toString()));
        if (phone != null) {
            profile.put("phone", phone);
        }
        HttpResponseBody registered = desk(clinic).post("/clients", profile);
        assertThat(registered.status()).as(registered.json().toString()).isEqualTo(201);
        return UUID.fromString(registered.text("id"));
    }

    private static List<String> names(HttpResponseBody answer) {
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        answer.json().values().forEach(client -> names.add(client.path("name").asString()));
        return names;
    }

    private ServiceClient desk(UUID clinic) {
        return as(identity.frontDesk(clinic));
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }
}
