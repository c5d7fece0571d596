package com.clinicnet.therapist.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.platform.security.Role;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

import tools.jackson.databind.JsonNode;

/**
 * Every change to the directory leaves an entry naming who made it and as what, read back through {@code GET
 * /audit} and from the table itself; and the table refuses, even to the service's own database user, to be
 * rewritten.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailIntegrationTests {

    private static final TestIdentityProvider identity = TestIdentityProvider.shared();
    private static final String ADMIN = "admin-audited-" + UUID.randomUUID();
    private static final String PRIVATE_REASON = "dentist, wisdom tooth";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String clinic;
    LocalDate nextMonday;

    @BeforeAll
    void a_clinic() {
        clinic = admin().post("/clinics", clinic("Audited clinic")).text("id");
        nextMonday = LocalDate.now(ZoneOffset.UTC).plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void opening_a_clinic_is_audited_under_the_clinic() {
        HttpResponseBody opened = admin().post("/clinics", clinic("Newly opened"));

        assertThat(opened.status()).isEqualTo(201);
        assertNewestEntry(opened.text("id"), "CLINIC_OPENED", "clinic", null);
    }

    @Test
    void revising_a_clinic_is_audited_under_the_clinic() {
        String id = admin().post("/clinics", clinic("Before")).text("id");

        HttpResponseBody revised = admin().put("/clinics/" + id, clinic("After"));

        assertThat(revised.status()).isEqualTo(200);
        assertNewestEntry(id, "CLINIC_REVISED", "clinic", null);
        assertThat(actionsAbout(id)).containsExactly("CLINIC_REVISED", "CLINIC_OPENED");
    }

    @Test
    void describing_a_specialty_is_audited_under_the_name_based_id_of_its_code_with_the_code_as_reason() {
        String code = "AUDITED_" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();

        HttpResponseBody described = admin().post("/specialties", Map.of("code", code, "name", "Audited",
                "description", "A specialty to audit", "addressesConcerns", List.of("STRESS")));

        assertThat(described.status()).isEqualTo(201);
        assertNewestEntry(AuditAction.specialtyId(code).toString(), "SPECIALTY_DESCRIBED", "specialty", code);
    }

    @Test
    void registering_a_therapist_is_audited_under_the_therapist() {
        HttpResponseBody registered = admin().post("/therapists", therapist());

        assertThat(registered.status()).isEqualTo(201);
        assertNewestEntry(registered.text("id"), "THERAPIST_REGISTERED", "therapist", null);
    }

    @Test
    void revising_a_therapist_is_audited_under_the_therapist() {
        String therapist = registered();

        HttpResponseBody revised = admin().put("/therapists/" + therapist, therapist());

        assertThat(revised.status()).isEqualTo(200);
        assertNewestEntry(therapist, "THERAPIST_REVISED", "therapist", null);
    }

    @Test
    void deactivating_a_therapist_is_audited_under_the_therapist() {
        String therapist = registered();

        HttpResponseBody deactivated = admin().post("/therapists/" + therapist + "/deactivation", Map.of());

        assertThat(deactivated.status()).isEqualTo(200);
        assertNewestEntry(therapist, "THERAPIST_DEACTIVATED", "therapist", null);
    }

    @Test
    void removing_a_therapist_is_audited_and_the_entries_outlive_the_profile() {
        String therapist = registered();

        HttpResponseBody removed = admin().delete("/therapists/" + therapist);

        assertThat(removed.status()).isEqualTo(204);
        assertNewestEntry(therapist, "THERAPIST_REMOVED", "therapist", null);
        assertThat(actionsAbout(therapist)).containsExactly("THERAPIST_REMOVED", "THERAPIST_REGISTERED");
    }

    @Test
    void replacing_the_weekly_schedule_is_audited_with_the_day_it_takes_effect() {
        String therapist = registered();

        HttpResponseBody scheduled = admin().put("/therapists/" + therapist + "/shifts", Map.of(
                "effectiveFrom", nextMonday.toString(),
                "shifts", List.of(Map.of("clinicId", clinic, "weekday", "MONDAY", "starts", "09:00", "ends", "13:00"))));

        assertThat(scheduled.status()).isEqualTo(200);
        assertNewestEntry(therapist, "SCHEDULE_CHANGED", "therapist", "from " + nextMonday);
    }

    @Test
    void adding_time_off_is_audited_with_its_id_but_never_with_the_reason_the_therapist_gave() {
        String therapist = registered();

        HttpResponseBody added = admin().post("/therapists/" + therapist + "/time-off", timeOff());

        assertThat(added.status()).isEqualTo(201);
        assertNewestEntry(therapist, "TIME_OFF_ADDED", "therapist", "time off " + added.text("id"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry a WHERE a::text ILIKE :words")
                .param("words", "%wisdom tooth%").query(Long.class).single()).isZero();
    }

    @Test
    void removing_time_off_is_audited_with_its_id() {
        String therapist = registered();
        String timeOff = admin().post("/therapists/" + therapist + "/time-off", timeOff()).text("id");

        HttpResponseBody removed = admin().delete("/therapists/" + therapist + "/time-off/" + timeOff);

        assertThat(removed.status()).isEqualTo(204);
        assertNewestEntry(therapist, "TIME_OFF_REMOVED", "therapist", "time off " + timeOff);
    }

    @Test
    void a_change_refused_leaves_no_entry() {
        String therapist = registered();

        HttpResponseBody refused = as(identity.therapist(UUID.fromString(therapist)))
                .put("/therapists/" + therapist, therapist());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(actionsAbout(therapist)).containsExactly("THERAPIST_REGISTERED");
    }

    @Test
    void the_audit_trail_refuses_an_update_even_from_the_database_user() {
        String id = admin().post("/clinics", clinic("Not to be forged")).text("id");

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET subject = 'someone else' WHERE object_id = :id")
                .param("id", UUID.fromString(id)).update())
                .hasMessageContaining("audit_entry is append-only");
        assertNewestEntry(id, "CLINIC_OPENED", "clinic", null);
    }

    @Test
    void the_audit_trail_refuses_a_delete_even_from_the_database_user() {
        String id = admin().post("/clinics", clinic("Not to be forgotten")).text("id");

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE object_id = :id")
                .param("id", UUID.fromString(id)).update())
                .hasMessageContaining("audit_entry is append-only");
        assertThat(actionsAbout(id)).containsExactly("CLINIC_OPENED");
    }

    @Test
    void the_audit_trail_refuses_a_truncate_even_from_the_database_user() {
        String id = admin().post("/clinics", clinic("Not to be wiped out")).text("id");

        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
                .hasMessageContaining("audit_entry is append-only");
        assertThat(actionsAbout(id)).containsExactly("CLINIC_OPENED");
    }

    /** The newest entry about the object, as operators read it and as the table holds it. */
    private void assertNewestEntry(String objectId, String action, String objectType, String reason) {
        HttpResponseBody answer = as(identity.ops()).get("/audit?objectId=" + objectId);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode newest = answer.json().get(0);
        assertThat(newest.path("subject").asString()).isEqualTo(ADMIN);
        assertThat(newest.path("roles").asString()).isEqualTo("ADMIN");
        assertThat(newest.path("action").asString()).isEqualTo(action);
        assertThat(newest.path("objectType").asString()).isEqualTo(objectType);
        assertThat(newest.path("objectId").asString()).isEqualTo(objectId);
        assertThat(newest.path("reason").isNull() ? null : newest.path("reason").asString()).isEqualTo(reason);
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE id = :id")
                .param("id", newest.path("id").asLong()).query().singleRow();
        assertThat(row).containsEntry("subject", ADMIN).containsEntry("roles", "ADMIN")
                .containsEntry("action", action).containsEntry("object_type", objectType)
                .containsEntry("object_id", UUID.fromString(objectId)).containsEntry("reason", reason);
    }

    private List<String> actionsAbout(String objectId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE object_id = :id ORDER BY id DESC")
                .param("id", UUID.fromString(objectId)).query(String.class).list();
    }

    private String registered() {
        return admin().post("/therapists", therapist()).text("id");
    }

    private Map<String, Object> therapist() {
        return Map.of("name", "Audited therapist", "clinicIds", List.of(clinic),
                "specialties", List.of(Map.of("code", "LOWER_BACK", "level", 2)));
    }

    private Map<String, Object> timeOff() {
        OffsetDateTime from = nextMonday.plusWeeks(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        return Map.of("from", from.toString(), "to", from.plusDays(1).toString(), "reason", PRIVATE_REASON);
    }

    private static Map<String, Object> clinic(String name) {
        return Map.of("name", name, "city", "Porto", "address", "Rua 2", "timeZone", "Europe/Lisbon",
                "treatmentRooms", 2, "bufferMinutes", 10,
                "openingHours", List.of(Map.of("weekday", "MONDAY", "opens", "09:00", "closes", "18:00")));
    }

    private ServiceClient admin() {
        return as(identity.token(ADMIN, List.of(Role.ADMIN), List.of()));
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }
}
