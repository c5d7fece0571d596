package com.clinicnet.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

import tools.jackson.databind.JsonNode;

/** A client with radiating leg pain looks for a session in Lisbon; everything comes from the read model. */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AvailabilityIntegrationTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String SOURCE = "/clinicnet/therapist-service";
    private static final AtomicInteger readModelStatements = new AtomicInteger();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    final UUID clinic = UUID.randomUUID();
    final UUID bigClinic = UUID.randomUUID();
    final UUID sciaticaExpert = UUID.randomUUID();
    final UUID neckOnly = UUID.randomUUID();
    final UUID client = UUID.randomUUID();
    final UUID clientWithIntake = UUID.randomUUID();
    final LocalDate monday = MondayMornings.nextMonday();

    @TestConfiguration
    static class CountingStatements {

        /** Counts the statements that touch the read model or the sessions, whoever sends them. */
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource dataSource)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
                            (proxy, method, args) -> {
                                Object result = method.invoke(dataSource, args);
                                return result instanceof Connection connection ? counting(connection) : result;
                            });
                }
            };
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                    (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
                                && sql.matches("(?s).*(therapist_view|clinic_view|concern_specialty|FROM session|FROM intake).*")) {
                            readModelStatements.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        }
                        catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @BeforeAll
    void a_lisbon_clinic_with_a_sciatica_expert_and_a_neck_specialist_on_monday_mornings() {
        PublishedEvents.publish(brokers, new SpecialtyDescribedV1(UUID.randomUUID(), java.time.Instant.now(), "SCIATICA",
                "Sciatica", List.of("RADIATING_LEG_PAIN")), SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(clinic, "Lisboa-" + clinic, "Europe/Lisbon", 1, 10, 1), SOURCE);
        PublishedEvents.publish(brokers, MondayMornings.therapist(sciaticaExpert, clinic, "SCIATICA"), SOURCE);
        PublishedEvents.publish(brokers, MondayMornings.therapist(neckOnly, clinic, "NECK_SHOULDER"), SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(bigClinic, "Big-" + bigClinic, "Europe/Lisbon", 5, 10, 1), SOURCE);
        for (int i = 0; i < 40; i++) {
            PublishedEvents.publish(brokers, MondayMornings.therapist(UUID.randomUUID(), bigClinic, "SCIATICA"), SOURCE);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("therapist_view_clinic WHERE clinic_id = '" + bigClinic + "'") == 40
                && count("therapist_view_shift WHERE therapist_id = '" + neckOnly + "'") == 1
                && count("concern_specialty WHERE concern = 'RADIATING_LEG_PAIN'") >= 1);
        assertThat(as(TestIdentityProvider.shared().client(client)).post("/clients", Map.of("name", "Maria",
                "email", "maria@example.org", "timeZone", "Europe/Lisbon", "language", "pt", "preferredChannel", "EMAIL"))
                .status()).isEqualTo(201);
        ServiceClient withIntake = as(TestIdentityProvider.shared().client(clientWithIntake));
        assertThat(withIntake.post("/clients", Map.of("name", "Rui", "email", "rui@example.org", "timeZone", "Europe/Lisbon",
                "language", "pt", "preferredChannel", "EMAIL")).status()).isEqualTo(201);
        assertThat(withIntake.post("/clients/" + clientWithIntake + "/intake", Map.of("concerns", List.of("RADIATING_LEG_PAIN"),
                "painLevel", 5)).status()).isEqualTo(201);
    }

    @Test
    void only_therapists_whose_specialty_addresses_the_concern_are_offered_in_the_clinic_zone() {
        JsonNode slots = search("RADIATING_LEG_PAIN", "clinicId=" + clinic, 1).json();

        assertThat(slots).isNotEmpty().allMatch(slot -> slot.path("therapistId").asString().equals(sciaticaExpert.toString()));
        assertThat(OffsetDateTime.parse(slots.get(0).path("starts").asString()))
                .isEqualTo(monday.atTime(9, 0).atZone(LISBON).toOffsetDateTime());
        assertThat(slots.get(0).path("matchedSpecialties").toString()).contains("SCIATICA");
        assertThat(OffsetDateTime.parse(slots.get(slots.size() - 1).path("starts").asString()))
                .isEqualTo(monday.atTime(12, 0).atZone(LISBON).toOffsetDateTime());
    }

    @Test
    void an_offered_slot_can_be_booked_and_is_then_no_longer_offered() {
        JsonNode first = search("RADIATING_LEG_PAIN", "clinicId=" + clinic, 1).json().get(0);

        HttpResponseBody booked = as(TestIdentityProvider.shared().client(client)).post("/sessions", Map.of(
                "clientId", client.toString(), "therapistId", first.path("therapistId").asString(),
                "clinicId", clinic.toString(), "startsAt", first.path("starts").asString(), "durationMinutes", 60));

        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        assertThat(search("RADIATING_LEG_PAIN", "clinicId=" + clinic, 1).json())
                .noneMatch(slot -> slot.path("starts").asString().equals(first.path("starts").asString()));
    }

    @Test
    void a_concern_no_specialty_addresses_is_unprocessable_naming_the_concern() {
        HttpResponseBody refused = search("ITCHY_EARS", "clinicId=" + clinic, 1);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("concern");
    }

    @Test
    void a_window_longer_than_31_days_is_a_bad_request() {
        HttpResponseBody refused = search("RADIATING_LEG_PAIN", "clinicId=" + clinic, 32);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("to");
    }

    @Test
    void a_search_costs_the_same_few_statements_for_two_therapists_as_for_forty() {
        readModelStatements.set(0);
        assertThat(search("RADIATING_LEG_PAIN", "clinicId=" + clinic, 7).status()).isEqualTo(200);
        int forTwo = readModelStatements.getAndSet(0);

        HttpResponseBody big = search("RADIATING_LEG_PAIN", "clinicId=" + bigClinic, 7);
        int forForty = readModelStatements.get();

        assertThat(big.json().size()).isGreaterThan(0);
        // clinics, the concern's specialties, five per kind of therapist row, sessions, and the caller's intake (none)
        assertThat(forForty).isEqualTo(forTwo).isLessThanOrEqualTo(9);
    }

    @Test
    void a_search_for_a_client_with_an_intake_costs_one_intake_lookup_however_many_therapists_it_judges() {
        ServiceClient withIntake = as(TestIdentityProvider.shared().client(clientWithIntake));
        readModelStatements.set(0);
        assertThat(withIntake.get(MondayMornings.search(monday, "clinicId=" + clinic, 7)).status()).isEqualTo(200);
        int forTwo = readModelStatements.getAndSet(0);

        HttpResponseBody big = withIntake.get(MondayMornings.search(monday, "clinicId=" + bigClinic, 7));
        int forForty = readModelStatements.get();

        assertThat(big.json().size()).isGreaterThan(0);
        assertThat(forForty).isEqualTo(forTwo).isLessThanOrEqualTo(9);
    }

    private HttpResponseBody search(String concern, String where, int days) {
        return as(TestIdentityProvider.shared().client(client)).get(MondayMornings.search(monday, "concern=" + concern + "&" + where, days));
    }

    private int count(String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Integer.class).single();
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }

}
