package com.clinicnet.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.clinicnet.testsupport.AccessMatrix;
import com.clinicnet.testsupport.AccessMatrix.Row;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

/**
 * Every endpoint of therapist-service for every role. The directory is not personal: everyone signed in may read
 * it, only ADMIN may change it; who changed it (the audit trail) only OPS and ADMIN may read. (There is no "own"
 * object here, so each role has one row per endpoint.) Also: every kind of forged or stale token is refused.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TherapistAccessMatrixTests {

    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    String clinicId;
    String therapistId;
    String otherTherapistId;

    @BeforeAll
    void a_clinic_and_two_therapists() {
        clinicId = as(identity.admin()).post("/clinics", clinic()).text("id");
        therapistId = as(identity.admin()).post("/therapists", therapist()).text("id");
        otherTherapistId = as(identity.admin()).post("/therapists", therapist()).text("id");
    }

    List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        Map<String, String> callers = new java.util.LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("CLIENT", identity.client(UUID.randomUUID()));
        callers.put("THERAPIST", identity.therapist(UUID.fromString(therapistId)));
        callers.put("FRONT_DESK", identity.frontDesk(UUID.randomUUID()));
        callers.put("OPS", identity.ops());
        callers.put("ADMIN", identity.admin());
        callers.forEach((caller, token) -> {
            boolean admin = caller.equals("ADMIN");
            int read = token == null ? 401 : 200;
            int write = token == null ? 401 : admin ? 201 : 403;
            int change = token == null ? 401 : admin ? 200 : 403;
            rows.add(row("POST /clinics", caller, write, token, client -> client.post("/clinics", clinic())));
            rows.add(row("PUT /clinics/{id}", caller, change, token, client -> client.put("/clinics/" + clinicId, clinic())));
            rows.add(row("GET /clinics/{id}", caller, read, token, client -> client.get("/clinics/" + clinicId)));
            rows.add(row("GET /clinics", caller, read, token, client -> client.get("/clinics?city=Lisbon")));
            rows.add(row("GET /clinics/{id}/closures", caller, read, token,
                    client -> client.get("/clinics/" + clinicId + "/closures")));
            rows.add(row("POST /clinics/{id}/closures", caller, write, token,
                    client -> client.post("/clinics/" + clinicId + "/closures", closure(nextClosedDay()))));
            rows.add(row("DELETE /clinics/{id}/closures/{date}", caller, token == null ? 401 : admin ? 204 : 403,
                    token, client -> client.delete("/clinics/" + clinicId + "/closures/" + freshClosure())));
            rows.add(row("GET /specialties", caller, read, token, client -> client.get("/specialties")));
            rows.add(row("POST /therapists", caller, write, token, client -> client.post("/therapists", therapist())));
            rows.add(row("GET /therapists/{id}", caller, read, token, client -> client.get("/therapists/" + therapistId)));
            rows.add(row("GET /therapists", caller, read, token, client -> client.get("/therapists?clinicId=" + clinicId)));
            rows.add(row("POST /specialties", caller, write, token, client -> client.post("/specialties", specialty())));
            rows.add(row("PUT /therapists/{id}", caller, change, token,
                    client -> client.put("/therapists/" + therapistId, therapist())));
            rows.add(row("POST /therapists/{id}/deactivation", caller, change, token,
                    client -> client.post("/therapists/" + freshTherapist() + "/deactivation", Map.of())));
            rows.add(row("DELETE /therapists/{id}", caller, token == null ? 401 : admin ? 204 : 403, token,
                    client -> client.delete("/therapists/" + freshTherapist())));
            rows.add(row("PUT /therapists/{id}/shifts", caller, change, token,
                    client -> client.put("/therapists/" + therapistId + "/shifts", schedule())));
            rows.add(row("POST /therapists/{id}/shifts/preview", caller, change, token,
                    client -> client.post("/therapists/" + therapistId + "/shifts/preview?from=2027-01-04&to=2027-01-10",
                            schedule())));
            rows.add(row("GET /therapists/{id}/calendar", caller, read, token,
                    client -> client.get("/therapists/" + therapistId + "/calendar?from=2027-01-04&to=2027-01-10")));
            int audit = token == null ? 401 : admin || caller.equals("OPS") ? 200 : 403;
            rows.add(row("GET /audit", caller, audit, token, client -> client.get("/audit?objectId=" + clinicId)));
            boolean therapist = caller.equals("THERAPIST");
            int addOwnTimeOff = token == null ? 401 : admin || therapist ? 201 : 403;
            int removeOwnTimeOff = token == null ? 401 : admin || therapist ? 204 : 403;
            rows.add(row("POST /therapists/{id}/time-off", caller + " own", addOwnTimeOff, token,
                    client -> client.post("/therapists/" + therapistId + "/time-off", timeOff())));
            rows.add(row("DELETE /therapists/{id}/time-off/{timeOffId}", caller + " own", removeOwnTimeOff, token,
                    client -> client.delete("/therapists/" + therapistId + "/time-off/" + freshTimeOff(therapistId))));
            if (therapist) {
                rows.add(row("POST /therapists/{id}/time-off", "THERAPIST other's", 404, token,
                        client -> client.post("/therapists/" + otherTherapistId + "/time-off", timeOff())));
                rows.add(row("DELETE /therapists/{id}/time-off/{timeOffId}", "THERAPIST other's", 404, token,
                        client -> client.delete("/therapists/" + otherTherapistId + "/time-off/"
                                + freshTimeOff(otherTherapistId))));
            }
        });
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_each_caller_as_the_table_says() {
        return AccessMatrix.asTests(matrix());
    }

    @Test
    void no_endpoint_is_missing_from_the_table() {
        AccessMatrix.requireCompleteFor(mappings, matrix());
    }

    @TestFactory
    Stream<DynamicTest> forged_stale_and_foreign_tokens_are_refused_with_401() {
        return Map.of("expired", identity.expired(),
                        "from another issuer", identity.fromAnotherIssuer(),
                        "for another audience", identity.forAnotherAudience(),
                        "unsigned (alg none)", identity.unsigned(),
                        "signed by an unknown key", identity.signedByAStranger(),
                        "tampered after signing", identity.tampered(),
                        "not a token at all", "not-a-jwt")
                .entrySet().stream()
                .map(token -> DynamicTest.dynamicTest(token.getKey(), () -> {
                    HttpResponseBody refused = as(token.getValue()).get("/clinics");
                    assertThat(refused.status()).isEqualTo(401);
                    assertThat(refused.json().path("title").asString()).isEqualTo("Unauthorized");
                }));
    }

    @Test
    void a_valid_token_without_a_known_role_reads_nothing() {
        HttpResponseBody refused = as(identity.token("stranger", List.of(), List.of())).get("/clinics");

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void metrics_need_an_ops_token_and_the_rest_of_actuator_stays_closed() {
        assertThat(anonymous().getText("/actuator/prometheus")).contains("Unauthorized");
        assertThat(as(identity.client(UUID.randomUUID())).getText("/actuator/prometheus")).contains("Forbidden");
        assertThat(as(identity.ops()).getText("/actuator/prometheus")).contains("jvm_memory_used_bytes");
        assertThat(as(identity.admin()).get("/actuator/env").status()).isEqualTo(403);
        assertThat(as(identity.ops()).get("/actuator/beans").status()).isEqualTo(403);
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(anonymous().getText("/swagger-ui/index.html")).contains("Swagger UI");
        assertThat(anonymous().getText("/v3/api-docs")).contains("/therapists/{id}/calendar");
    }

    @Test
    void answers_carry_security_headers_and_no_cors_grant_for_unknown_origins() {
        java.net.http.HttpResponse<String> response = anonymous().raw("/actuator/health", "https://evil.example");

        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void a_request_body_over_the_limit_is_refused_with_413_before_it_is_read() {
        String huge = "{\"name\":\"" + "x".repeat(200_000) + "\"}";

        assertThat(as(identity.admin()).post("/clinics", huge).status()).isEqualTo(413);
    }

    private Row row(String endpoint, String caller, int status, String token,
            Function<ServiceClient, HttpResponseBody> call) {
        return new Row(endpoint, caller, status, () -> call.apply(token == null ? anonymous() : as(token)));
    }

    private Map<String, Object> clinic() {
        return Map.of("name", "Matrix clinic", "city", "Lisbon", "address", "Rua 1", "timeZone", "Europe/Lisbon",
                "treatmentRooms", 2, "bufferMinutes", 10,
                "openingHours", List.of(Map.of("weekday", "MONDAY", "opens", "09:00", "closes", "18:00")));
    }

    private Map<String, Object> schedule() {
        return Map.of("effectiveFrom", "2027-01-04", "shifts", List.of(Map.of("clinicId", clinicId,
                "weekday", "MONDAY", "starts", "09:00", "ends", "13:00")));
    }

    private static Map<String, Object> timeOff() {
        return Map.of("from", "2027-02-01T00:00:00Z", "to", "2027-02-02T00:00:00Z", "reason", "training");
    }

    private static Map<String, Object> specialty() {
        String code = "MATRIX_" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
        return Map.of("code", code, "name", "Matrix", "description", "A test specialty",
                "addressesConcerns", List.of("STRESS"));
    }

    private String freshTherapist() {
        return as(identity.admin()).post("/therapists", therapist()).text("id");
    }

    private final java.util.concurrent.atomic.AtomicInteger closedDays = new java.util.concurrent.atomic.AtomicInteger();

    /** A different future day for each closure the matrix makes. */
    private java.time.LocalDate nextClosedDay() {
        return java.time.LocalDate.now().plusDays(30 + closedDays.incrementAndGet());
    }

    private static Map<String, Object> closure(java.time.LocalDate day) {
        return Map.of("date", day.toString(), "name", "Matrix closure");
    }

    private java.time.LocalDate freshClosure() {
        java.time.LocalDate day = nextClosedDay();
        as(identity.admin()).post("/clinics/" + clinicId + "/closures", closure(day));
        return day;
    }

    private String freshTimeOff(String therapist) {
        return as(identity.admin()).post("/therapists/" + therapist + "/time-off", timeOff()).text("id");
    }

    private Map<String, Object> therapist() {
        return Map.of("name", "Matrix therapist", "clinicIds", List.of(clinicId),
                "specialties", List.of(Map.of("code", "LOWER_BACK", "level", 2)));
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }

    private ServiceClient anonymous() {
        return ServiceClient.onPort(port);
    }
}
