package com.clinicnet.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

import tools.jackson.databind.JsonNode;

/**
 * Clients look for a Monday-morning session in Sintra, where two clinics share a sciatica specialist, a sciatica
 * specialist trained in prenatal massage, a neck specialist, and (at the second clinic) another prenatal one. What
 * they are offered is what booking would take: their intake chooses.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AvailabilityForAClientIntegrationTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String SOURCE = "/clinicnet/therapist-service";
    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    final String city = "Sintra-" + UUID.randomUUID();
    final UUID portela = UUID.randomUUID();
    final UUID estefania = UUID.randomUUID();
    final UUID sciaticaOnly = UUID.randomUUID();
    final UUID prenatal = UUID.randomUUID();
    final UUID neckOnly = UUID.randomUUID();
    final UUID prenatalAtEstefania = UUID.randomUUID();
    final UUID pregnant = UUID.randomUUID();
    final UUID redFlag = UUID.randomUUID();
    final UUID stiffNeck = UUID.randomUUID();
    final UUID noIntake = UUID.randomUUID();
    final LocalDate monday = MondayMornings.nextMonday();

    @BeforeAll
    void two_clinics_four_therapists_and_clients_with_their_intakes() {
        PublishedEvents.publish(brokers, new SpecialtyDescribedV1(UUID.randomUUID(), Instant.now(), "SCIATICA",
                "Sciatica", List.of("RADIATING_LEG_PAIN")), SOURCE);
        PublishedEvents.publish(brokers, new SpecialtyDescribedV1(UUID.randomUUID(), Instant.now(), "NECK_SHOULDER",
                "Neck and shoulder", List.of("NECK_PAIN")), SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(portela, city, "Europe/Lisbon", 2, 10, 1), SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(estefania, city, "Europe/Lisbon", 2, 10, 1), SOURCE);
        PublishedEvents.publish(brokers, MondayMornings.therapist(sciaticaOnly, portela, "SCIATICA"), SOURCE);
        PublishedEvents.publish(brokers, MondayMornings.therapist(prenatal, portela, "SCIATICA", "PRENATAL"), SOURCE);
        PublishedEvents.publish(brokers, MondayMornings.therapist(neckOnly, portela, "NECK_SHOULDER"), SOURCE);
        PublishedEvents.publish(brokers, MondayMornings.therapist(prenatalAtEstefania, estefania, "SCIATICA", "PRENATAL"), SOURCE);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("therapist_view_shift WHERE therapist_id IN ('" + sciaticaOnly
                + "', '" + prenatal + "', '" + neckOnly + "', '" + prenatalAtEstefania + "')") == 4
                && count("concern_specialty WHERE concern IN ('RADIATING_LEG_PAIN', 'NECK_PAIN')") >= 2);
        register(pregnant, Map.of("concerns", List.of("RADIATING_LEG_PAIN"), "painLevel", 4, "conditions", List.of("PREGNANCY")));
        register(redFlag, Map.of("concerns", List.of("RADIATING_LEG_PAIN"), "painLevel", 8, "conditions", List.of("SADDLE_NUMBNESS")));
        register(stiffNeck, Map.of("concerns", List.of("NECK_PAIN"), "painLevel", 3));
        register(noIntake, null);
    }

    @Test
    void a_pregnant_client_is_offered_only_prenatal_therapists() {
        HttpResponseBody offered = as(identity.client(pregnant)).get(search("city=" + city));

        assertThat(offered.status()).isEqualTo(200);
        assertThat(therapists(offered)).containsExactlyInAnyOrder(prenatal, prenatalAtEstefania);
    }

    @Test
    void every_therapist_offered_to_a_pregnant_client_takes_her_booking() {
        Map<UUID, JsonNode> firstOfEach = new LinkedHashMap<>();
        as(identity.client(pregnant)).get(search("city=" + city)).json()
                .forEach(slot -> firstOfEach.putIfAbsent(UUID.fromString(slot.path("therapistId").asString()), slot));

        firstOfEach.values().forEach(slot -> {
            HttpResponseBody booked = as(identity.client(pregnant)).post("/sessions", Map.of("clientId", pregnant.toString(),
                    "therapistId", slot.path("therapistId").asString(), "clinicId", slot.path("clinicId").asString(),
                    "startsAt", slot.path("starts").asString(), "durationMinutes", 60));
            assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        });

        assertThat(firstOfEach).hasSize(2);
        assertThat(jdbc.sql("SELECT therapist_id FROM session WHERE client_id = :client AND status = 'BOOKED'")
                .param("client", pregnant).query(UUID.class).list()).containsExactlyInAnyOrder(prenatal, prenatalAtEstefania);
    }

    @Test
    void a_client_with_a_red_flag_is_told_to_see_a_doctor_instead_of_slots() {
        HttpResponseBody refused = as(identity.client(redFlag)).get(search("city=" + city));
        HttpResponseBody bookingRefused = as(identity.client(redFlag)).post("/sessions", Map.of("clientId", redFlag.toString(),
                "therapistId", sciaticaOnly.toString(), "clinicId", portela.toString(),
                "startsAt", monday.atTime(9, 0).atZone(LISBON).toOffsetDateTime().toString(), "durationMinutes", 60));

        assertThat(refused.status()).isEqualTo(422).isEqualTo(bookingRefused.status());
        assertThat(refused.json().path("type").asString()).isEqualTo(bookingRefused.json().path("type").asString());
        assertThat(refused.json().path("detail").asString()).contains("see a doctor")
                .isEqualTo(bookingRefused.json().path("detail").asString());
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("clientId");
        assertThat(refused.json().toString()).doesNotContain("SADDLE").doesNotContain("RADIATING");
    }

    @Test
    void without_a_concern_the_client_is_offered_the_specialists_for_the_concerns_of_their_intake() {
        assertThat(therapists(as(identity.client(stiffNeck)).get(search("clinicId=" + portela)))).containsExactly(neckOnly);
    }

    @Test
    void a_concern_outside_the_intake_offers_no_therapist_booking_would_refuse() {
        HttpResponseBody offered = as(identity.client(stiffNeck)).get(search("clinicId=" + portela) + "&concern=RADIATING_LEG_PAIN");

        assertThat(offered.status()).isEqualTo(200);
        assertThat(offered.json()).isEmpty();
    }

    @Test
    void a_client_without_an_intake_is_offered_every_therapist_as_before() {
        assertThat(therapists(as(identity.client(noIntake)).get(search("clinicId=" + portela))))
                .containsExactlyInAnyOrder(sciaticaOnly, prenatal, neckOnly);
    }

    @Test
    void the_front_desk_searching_for_a_pregnant_client_is_offered_only_prenatal_therapists_at_its_own_clinics() {
        assertThat(as(identity.client(pregnant)).post("/treatment-plans", Map.of("clientId", pregnant.toString(),
                "therapistId", prenatal.toString(), "clinicId", portela.toString(), "concern", "RADIATING_LEG_PAIN",
                "sessions", 3, "intervalDays", 7)).status()).as("her plan makes her known at Portela").isEqualTo(201);
        ServiceClient desk = as(identity.frontDesk(portela));

        assertThat(therapists(desk.get(search("city=" + city) + "&clientId=" + pregnant))).containsExactly(prenatal);
        assertThat(desk.get(search("clinicId=" + estefania) + "&clientId=" + pregnant).status()).isEqualTo(403);
        assertThat(therapists(desk.get(search("city=" + city)))).as("for nobody in particular, as before")
                .contains(sciaticaOnly, neckOnly, prenatalAtEstefania);
    }

    @Test
    void a_front_desk_naming_a_client_its_clinics_do_not_know_is_told_not_found() {
        assertThat(as(identity.frontDesk(estefania)).get(search("city=" + city) + "&clientId=" + stiffNeck).status())
                .isEqualTo(404);
    }

    @Test
    void an_administrator_cannot_search_with_a_clients_intake() {
        assertThat(as(identity.admin()).get(search("city=" + city) + "&clientId=" + pregnant).status()).isEqualTo(403);
    }

    @Test
    void a_client_naming_another_client_and_staff_naming_nobody_are_told_not_found() {
        assertThat(as(identity.client(stiffNeck)).get(search("city=" + city) + "&clientId=" + pregnant).status()).isEqualTo(404);
        assertThat(as(identity.frontDesk(portela)).get(search("city=" + city) + "&clientId=" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void the_api_description_tells_staff_how_to_search_for_a_client() {
        JsonNode parameters = as(identity.ops()).get("/v3/api-docs").json().path("paths").path("/availability")
                .path("get").path("parameters");

        assertThat(parameters.valueStream().filter(parameter -> parameter.path("name").asString().equals("clientId")))
                .singleElement().satisfies(clientId -> assertThat(clientId.path("description").asString())
                        .contains("FRONT_DESK").contains("intake").contains("404").contains("422"));
    }

    private void register(UUID client, Map<String, Object> intake) {
        ServiceClient me = as(identity.client(client));
        assertThat(me.post("/clients", Map.of("name", "Inês", "email", "ines@example.org", "timeZone", "Europe/Lisbon",
                "language", "pt", "preferredChannel", "EMAIL")).status()).isEqualTo(201);
        if (intake != null) {
            assertThat(me.post("/clients/" + client + "/intake", intake).status()).isEqualTo(201);
        }
    }

    private String search(String where) {
        return MondayMornings.search(monday, where, 1);
    }

    private static Set<UUID> therapists(HttpResponseBody offered) {
        assertThat(offered.status()).as(offered.json().toString()).isEqualTo(200);
        Set<UUID> ids = new TreeSet<>();
        offered.json().forEach(slot -> ids.add(UUID.fromString(slot.path("therapistId").asString())));
        return ids;
    }

    private int count(String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Integer.class).single();
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }
}
