package com.clinicnet.therapist.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator closes the Baixa clinic on Christmas Day and a training day: stored in PostgreSQL, published with
 * the clinic on clinic.directory (ClinicUpdated v3) so booking stops offering those days; a past day or a day closed
 * twice is refused; opening a day again publishes the clinic without it.
 */
@ServiceIntegrationTest
class ClinicClosuresIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    String baixa;
    LocalDate christmas;
    LocalDate training;

    @BeforeEach
    void the_baixa_clinic() {
        baixa = admin().post("/clinics", Map.of("name", "Baixa", "city", "Lisbon", "address", "Rua 1",
                "timeZone", "Europe/Lisbon", "treatmentRooms", 2, "bufferMinutes", 10)).text("id");
        LocalDate today = LocalDate.now(LISBON);
        christmas = LocalDate.of(today.getYear(), 12, 25).isBefore(today) ? LocalDate.of(today.getYear() + 1, 12, 25)
                : LocalDate.of(today.getYear(), 12, 25);
        training = today.plusDays(10);
    }

    @Test
    void closing_two_days_stores_them_and_publishes_the_clinic_with_them_in_date_order() {
        HttpResponseBody closed = admin().post(closures(), Map.of("date", christmas.toString(), "name",
                "Christmas Day"));
        admin().post(closures(), Map.of("date", training.toString(), "name", " Staff training "));

        assertThat(closed.status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM clinic_closure WHERE clinic_id = :id::uuid").param("id", baixa)
                .query(Integer.class).single()).isEqualTo(2);
        JsonNode latest = latestClinicEvent(3);
        assertThat(latest.path("closures").valueStream().map(closure -> closure.path("date").asString()))
                .containsExactly(training.toString(), christmas.toString());
        assertThat(latest.path("closures").get(0).path("name").asString()).isEqualTo("Staff training");
        assertThat(admin().get(closures()).json().valueStream().map(closure -> closure.path("name").asString()))
                .containsExactly("Staff training", "Christmas Day");
    }

    @Test
    void a_day_already_past_is_refused_422_and_a_day_closed_twice_409() {
        HttpResponseBody past = admin().post(closures(), Map.of("date", LocalDate.now(LISBON).minusDays(1).toString(),
                "name", "Yesterday"));
        admin().post(closures(), Map.of("date", christmas.toString(), "name", "Christmas Day"));
        HttpResponseBody twice = admin().post(closures(), Map.of("date", christmas.toString(), "name", "Again"));
        HttpResponseBody nameless = admin().post(closures(), Map.of("date", training.toString(), "name", " "));

        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().path("errors").get(0).path("field").asString()).isEqualTo("date");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
        assertThat(jdbc.sql("SELECT count(*) FROM clinic_closure WHERE clinic_id = :id::uuid").param("id", baixa)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void opening_a_day_again_publishes_the_clinic_without_it() {
        admin().post(closures(), Map.of("date", christmas.toString(), "name", "Christmas Day"));

        HttpResponseBody reopened = admin().delete(closures() + "/" + christmas);

        assertThat(reopened.status()).isEqualTo(204);
        assertThat(latestClinicEvent(3).path("closures")).isEmpty();
        assertThat(admin().delete(closures() + "/" + christmas).status()).isEqualTo(404);
    }

    private JsonNode latestClinicEvent(long version) {
        List<ConsumerRecord<String, String>> records = TopicRecords.awaitMatching(brokers, Topics.CLINIC_DIRECTORY,
                r -> baixa.equals(r.key()) && r.value().contains("\"version\":" + version), WITHIN);
        ConsumerRecord<String, String> record = records.getLast();
        assertThat(TopicRecords.header(record, CloudEventHeaders.TYPE))
                .contains("clinicnet.therapist.ClinicUpdated.v3");
        return JSON.readTree(record.value());
    }

    private String closures() {
        return "/clinics/" + baixa + "/closures";
    }

    private ServiceClient admin() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().admin());
    }
}
