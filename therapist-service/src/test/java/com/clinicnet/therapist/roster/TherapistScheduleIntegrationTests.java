package com.clinicnet.therapist.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;

import tools.jackson.databind.JsonNode;

/** Schedules, time off and the calendar, through PostgreSQL and onto therapist.profiles. */
@ServiceIntegrationTest
class TherapistScheduleIntegrationTests {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);
    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void a_nine_to_five_sunday_in_new_york_is_eight_hours_on_the_day_the_clocks_go_forward() {
        String clinic = openClinic("America/New_York");
        String therapist = register(clinic);
        assertThat(schedule(therapist, "2027-03-01", shift(clinic, "SUNDAY", "09:00", "17:00")).status()).isEqualTo(200);

        JsonNode calendar = admin().get("/therapists/" + therapist + "/calendar?from=2027-03-14&to=2027-03-14").json();

        assertThat(calendar).hasSize(1);
        assertThat(calendar.get(0).path("minutes").asLong()).isEqualTo(480);
        assertThat(calendar.get(0).path("starts").asString()).isEqualTo("2027-03-14T09:00:00-04:00");
        assertThat(calendar.get(0).path("timeZone").asString()).isEqualTo("America/New_York");
    }

    @Test
    void in_london_a_shift_across_the_repeated_hour_lasts_an_hour_longer_in_real_time() {
        String clinic = openClinic("Europe/London");
        String therapist = register(clinic);
        schedule(therapist, "2027-10-01", shift(clinic, "SUNDAY", "00:30", "04:00"));

        JsonNode calendar = admin().get("/therapists/" + therapist + "/calendar?from=2027-10-31&to=2027-10-31").json();

        assertThat(calendar.get(0).path("minutes").asLong()).isEqualTo(270);
    }

    @Test
    void the_published_profile_carries_the_schedule_and_the_time_off_but_never_its_reason() {
        String clinic = openClinic("Europe/Lisbon");
        String therapist = register(clinic);
        schedule(therapist, "2027-01-04", shift(clinic, "MONDAY", "09:00", "13:00"));

        HttpResponseBody timeOff = admin().post("/therapists/" + therapist + "/time-off", Map.of(
                "from", "2027-01-11T00:00:00Z", "to", "2027-01-12T00:00:00Z", "reason", "surgery follow-up"));

        assertThat(timeOff.status()).isEqualTo(201);
        ConsumerRecord<String, String> profile = TopicRecords.awaitMatching(brokers, Topics.THERAPIST_PROFILES,
                r -> therapist.equals(r.key()) && r.value() != null && r.value().contains("2027-01-11T00:00:00Z"),
                PUBLISHED_WITHIN).getLast();
        assertThat(TopicRecords.header(profile, CloudEventHeaders.TYPE))
                .contains("clinicnet.therapist.TherapistProfileUpdated.v2");
        assertThat(profile.value()).contains("\"weekday\":\"MONDAY\"").doesNotContain("surgery");
        JsonNode monday = admin().get("/therapists/" + therapist + "/calendar?from=2027-01-11&to=2027-01-11").json();
        assertThat(monday).isEmpty();
        assertThat(as(identity.client(UUID.randomUUID())).get("/therapists/" + therapist).json()
                .path("timeOff").toString()).doesNotContain("surgery");
    }

    @Test
    void a_previewed_schedule_shows_its_calendar_across_the_clock_change_and_saves_nothing() {
        String clinic = openClinic("Europe/Lisbon");
        String therapist = register(clinic);
        Map<String, Object> proposal = Map.of("effectiveFrom", "2027-03-22",
                "shifts", List.of(shift(clinic, "SUNDAY", "09:00", "17:00")));

        HttpResponseBody preview = admin().post(
                "/therapists/" + therapist + "/shifts/preview?from=2027-03-22&to=2027-04-04", proposal);

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json()).extracting(entry -> entry.path("starts").asString())
                .containsExactly("2027-03-28T09:00:00+01:00", "2027-04-04T09:00:00+01:00");
        assertThat(admin().get("/therapists/" + therapist + "/calendar?from=2027-03-22&to=2027-04-04").json()).isEmpty();
        assertThat(admin().get("/therapists/" + therapist).json().path("schedules")).isEmpty();
    }

    @Test
    void a_previewed_night_shift_on_the_autumn_clock_change_keeps_its_local_hours_and_lasts_an_hour_longer() {
        String clinic = openClinic("Europe/Lisbon");
        String therapist = register(clinic);

        JsonNode preview = admin().post("/therapists/" + therapist + "/shifts/preview?from=2027-10-31&to=2027-10-31",
                Map.of("effectiveFrom", "2027-10-25", "shifts", List.of(shift(clinic, "SUNDAY", "00:30", "03:30"))))
                .json();

        assertThat(preview.get(0).path("starts").asString()).isEqualTo("2027-10-31T00:30:00+01:00");
        assertThat(preview.get(0).path("ends").asString()).isEqualTo("2027-10-31T03:30:00Z");
        assertThat(preview.get(0).path("minutes").asLong()).isEqualTo(240);
    }

    @Test
    void a_preview_is_refused_by_the_same_rules_as_saving_naming_the_shift() {
        String clinic = openClinic("Europe/Lisbon");
        String therapist = register(clinic);

        HttpResponseBody refused = admin().post("/therapists/" + therapist + "/shifts/preview?from=2027-03-22&to=2027-04-04",
                Map.of("effectiveFrom", "2027-03-22", "shifts", List.of(shift(clinic, "SUNDAY", "17:00", "09:00"))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().toString()).contains("shifts[0]");
    }

    @Test
    void only_an_admin_may_preview_a_schedule() {
        String clinic = openClinic("Europe/Lisbon");
        String therapist = register(clinic);

        HttpResponseBody refused = as(identity.client(UUID.randomUUID())).post(
                "/therapists/" + therapist + "/shifts/preview?from=2027-03-22&to=2027-04-04",
                Map.of("effectiveFrom", "2027-03-22", "shifts", List.of(shift(clinic, "SUNDAY", "09:00", "17:00"))));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void a_deactivated_therapist_stays_on_record_but_is_no_longer_found_for_booking() {
        String clinic = openClinic("Europe/Lisbon");
        String therapist = register(clinic);

        assertThat(admin().post("/therapists/" + therapist + "/deactivation", Map.of()).text("active")).isEqualTo("false");

        assertThat(admin().get("/therapists/" + therapist).status()).isEqualTo(200);
        assertThat(admin().get("/therapists?clinicId=" + clinic).json()).isEmpty();
        TopicRecords.awaitMatching(brokers, Topics.THERAPIST_PROFILES, r -> therapist.equals(r.key())
                && r.value() != null && r.value().contains("\"active\":false"), PUBLISHED_WITHIN);
    }

    @Test
    void a_removed_therapist_leaves_a_tombstone_on_the_compacted_topic() {
        String therapist = register(openClinic("Europe/Lisbon"));

        assertThat(admin().delete("/therapists/" + therapist).status()).isEqualTo(204);

        ConsumerRecord<String, String> tombstone = TopicRecords.awaitMatching(brokers, Topics.THERAPIST_PROFILES,
                r -> therapist.equals(r.key()) && r.value() == null, PUBLISHED_WITHIN).getFirst();
        assertThat(TopicRecords.header(tombstone, CloudEventHeaders.TYPE)).contains("clinicnet.therapist.TherapistRemoved.v1");
        assertThat(admin().get("/therapists/" + therapist).status()).isEqualTo(404);
    }

    @Test
    void therapists_are_found_by_clinic_specialty_and_minimum_level() {
        String clinic = openClinic("Europe/Lisbon");
        String expert = register(clinic);

        assertThat(admin().get("/therapists?clinicId=" + clinic + "&specialty=SCIATICA&minLevel=3").json())
                .extracting(node -> node.path("id").asString()).containsExactly(expert);
        assertThat(admin().get("/therapists?clinicId=" + clinic + "&specialty=PRENATAL").json()).isEmpty();
    }

    @Test
    void a_new_specialty_is_an_admin_call_not_a_code_change() {
        String code = "CUPPING_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase().replaceAll("[^A-Z]", "X");

        HttpResponseBody added = admin().post("/specialties", Map.of("code", code, "name", "Cupping",
                "description", "Suction cups to ease muscle tension.", "addressesConcerns", List.of("STRESS")));

        assertThat(added.status()).isEqualTo(201);
        assertThat(admin().get("/specialties").json().toString()).contains(code);
        assertThat(admin().post("/specialties", Map.of("code", code, "name", "Cupping", "description", "Again",
                "addressesConcerns", List.of("STRESS"))).status()).isEqualTo(409);
    }

    private String openClinic(String zone) {
        List<Map<String, String>> everyDay = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(day -> Map.of("weekday", day.name(), "opens", "00:00", "closes", "23:00")).toList();
        return admin().post("/clinics", Map.of("name", "Clinic in " + zone, "city", "Anywhere", "address", "Street 1",
                "timeZone", zone, "treatmentRooms", 2, "bufferMinutes", 10, "sessionTypes", List.of(30, 60),
                "openingHours", everyDay)).text("id");
    }

    private String register(String clinic) {
        return admin().post("/therapists", Map.of("name", "Ana Sousa", "languages", List.of("pt", "en"),
                "credentials", Map.of("licenceNumber", "MT-1234", "issuingBody", "Ordem dos Fisioterapeutas"),
                "clinicIds", List.of(clinic), "specialties", List.of(Map.of("code", "SCIATICA", "level", 3)))).text("id");
    }

    private HttpResponseBody schedule(String therapist, String from, Map<String, Object> shift) {
        return admin().put("/therapists/" + therapist + "/shifts", Map.of("effectiveFrom", from, "shifts", List.of(shift)));
    }

    private static Map<String, Object> shift(String clinic, String weekday, String starts, String ends) {
        return Map.of("clinicId", clinic, "weekday", weekday, "starts", starts, "ends", ends);
    }

    private ServiceClient admin() {
        return as(identity.admin());
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }
}
