package com.clinicnet.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

@ServiceIntegrationTest
class TherapistServiceIntegrationTests {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_new_clinic_is_stored_and_published_to_the_clinic_directory_with_its_cloud_event_headers() {
        HttpResponseBody opened = openClinic("Porto Boavista", "Porto");

        assertThat(opened.status()).isEqualTo(201);
        String clinicId = opened.text("id");
        assertThat(jdbc.sql("SELECT count(*) FROM clinic WHERE id = :id::uuid").param("id", clinicId)
                .query(Integer.class).single()).isEqualTo(1);

        ConsumerRecord<String, String> record = TopicRecords.awaitMatching(brokers, Topics.CLINIC_DIRECTORY,
                r -> clinicId.equals(r.key()), PUBLISHED_WITHIN).getFirst();
        assertThat(TopicRecords.header(record, CloudEventHeaders.TYPE))
                .contains("clinicnet.therapist.ClinicUpdated.v3");
        assertThat(TopicRecords.header(record, CloudEventHeaders.SOURCE)).contains("/clinicnet/therapist-service");
        assertThat(TopicRecords.header(record, CloudEventHeaders.SUBJECT)).contains(clinicId);
        assertThat(record.value()).contains("\"timeZone\":\"Europe/Lisbon\"").contains("\"treatmentRooms\":2");
    }

    @Test
    void a_therapist_is_published_with_clinics_and_specialty_levels() {
        String clinicId = openClinic("Lisbon Baixa", "Lisbon").text("id");

        HttpResponseBody registered = client().post("/therapists", Map.of("name", "Ana Sousa",
                "clinicIds", List.of(clinicId),
                "specialties", List.of(Map.of("code", "SCIATICA", "level", 3))));

        assertThat(registered.status()).isEqualTo(201);
        String therapistId = registered.text("id");
        ConsumerRecord<String, String> record = TopicRecords.awaitMatching(brokers, Topics.THERAPIST_PROFILES,
                r -> therapistId.equals(r.key()), PUBLISHED_WITHIN).getFirst();
        assertThat(record.value()).contains(clinicId).contains("\"code\":\"SCIATICA\"").contains("\"level\":3");
        assertThat(client().get("/therapists?clinicId=" + clinicId).json().get(0).path("id").asString())
                .isEqualTo(therapistId);
    }

    @Test
    void a_therapist_with_a_specialty_outside_the_catalogue_is_refused_and_not_stored() {
        String clinicId = openClinic("Lisbon Alvalade", "Lisbon").text("id");

        HttpResponseBody refused = client().post("/therapists", Map.of("name", "Rui Lopes",
                "clinicIds", List.of(clinicId),
                "specialties", List.of(Map.of("code", "REIKI", "level", 2))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("specialties");
        assertThat(jdbc.sql("SELECT count(*) FROM therapist WHERE name = 'Rui Lopes'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void the_specialty_catalogue_maps_radiating_leg_pain_to_sciatica() {
        HttpResponseBody catalogue = client().get("/specialties");

        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(catalogue.json().valueStream()
                .filter(s -> s.path("code").asString().equals("SCIATICA"))
                .findFirst().orElseThrow().path("addressesConcerns").toString()).contains("RADIATING_LEG_PAIN");
    }

    @Test
    void operations_can_scrape_metrics_and_probes_tell_the_service_is_ready() {
        assertThat(ServiceClient.onPort(port).get("/actuator/health/readiness").text("status")).isEqualTo("UP");
        assertThat(ServiceClient.onPort(port).get("/actuator/health/liveness").text("status")).isEqualTo("UP");
        assertThat(ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops()).getText("/actuator/prometheus")).contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections");
    }

    private HttpResponseBody openClinic(String name, String city) {
        return client().post("/clinics", Map.of("name", name, "city", city, "address", "Rua 1",
                "timeZone", "Europe/Lisbon", "treatmentRooms", 2, "bufferMinutes", 10));
    }

    /** An administrator: the role that manages clinics and therapists. */
    private ServiceClient client() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().admin());
    }
}
