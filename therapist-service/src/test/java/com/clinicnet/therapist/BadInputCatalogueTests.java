package com.clinicnet.therapist;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

import tools.jackson.databind.json.JsonMapper;

/**
 * Everything an administrator can get wrong, each answered with the right 4xx problem detail naming the field,
 * never a 500 — through the whole running service.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueTests {

    @LocalServerPort
    int port;

    String lisbon;
    String elsewhere;
    String ana;

    record BadInput(String what, Function<ServiceClient, HttpResponseBody> request, int status, String field) {
    }

    @BeforeAll
    void a_clinic_and_a_therapist() {
        lisbon = admin().post("/clinics", clinic(Map.of())).text("id");
        elsewhere = admin().post("/clinics", clinic(Map.of())).text("id");
        ana = admin().post("/therapists", therapist(Map.of())).text("id");
    }

    List<BadInput> catalogue() {
        return List.of(
                new BadInput("unknown time zone", c -> c.post("/clinics", clinic(Map.of("timeZone", "Mars/Olympus"))), 400, "timeZone"),
                new BadInput("reversed opening hours", c -> c.post("/clinics", clinic(Map.of("openingHours",
                        List.of(Map.of("weekday", "MONDAY", "opens", "18:00", "closes", "09:00"))))), 422, "openingHours[0]"),
                new BadInput("overlapping opening hours", c -> c.post("/clinics", clinic(Map.of("openingHours", List.of(
                        Map.of("weekday", "MONDAY", "opens", "09:00", "closes", "13:00"),
                        Map.of("weekday", "MONDAY", "opens", "12:00", "closes", "18:00"))))), 422, "openingHours[1]"),
                new BadInput("a weekday that does not exist", c -> c.post("/clinics", clinic(Map.of("openingHours",
                        List.of(Map.of("weekday", "FUNDAY", "opens", "09:00", "closes", "18:00"))))), 400, "openingHours[0].weekday"),
                new BadInput("an hour that does not exist", c -> c.post("/clinics", clinic(Map.of("openingHours",
                        List.of(Map.of("weekday", "MONDAY", "opens", "25:00", "closes", "18:00"))))), 400, "openingHours[0].opens"),
                new BadInput("a 45-minute session type", c -> c.post("/clinics", clinic(Map.of("sessionTypes", List.of(45)))), 422, "sessionTypes"),
                new BadInput("rooms given as text", c -> c.post("/clinics", clinic(Map.of("treatmentRooms", "three"))), 400, "treatmentRooms"),
                new BadInput("no treatment room", c -> c.post("/clinics", clinic(Map.of("treatmentRooms", 0))), 400, "treatmentRooms"),
                new BadInput("unknown specialty", c -> c.post("/therapists", therapist(Map.of("specialties",
                        List.of(Map.of("code", "REIKI", "level", 2))))), 422, "specialties"),
                new BadInput("specialty level 0", c -> c.post("/therapists", therapist(Map.of("specialties",
                        List.of(Map.of("code", "SCIATICA", "level", 0))))), 400, "specialties[0].level"),
                new BadInput("specialty level 4", c -> c.post("/therapists", therapist(Map.of("specialties",
                        List.of(Map.of("code", "SCIATICA", "level", 4))))), 400, "specialties[0].level"),
                new BadInput("a clinic that does not exist", c -> c.post("/therapists", therapist(Map.of("clinicIds",
                        List.of(UUID.randomUUID().toString())))), 422, "clinicIds"),
                new BadInput("a shift at a clinic the therapist is not assigned to", c -> c.put("/therapists/" + ana + "/shifts",
                        schedule(shift(elsewhere, "09:00", "13:00"))), 422, "shifts[0]"),
                new BadInput("overlapping shifts", c -> c.put("/therapists/" + ana + "/shifts",
                        schedule(shift(lisbon, "09:00", "13:00"), shift(lisbon, "12:00", "16:00"))), 422, "shifts"),
                new BadInput("a shift outside opening hours", c -> c.put("/therapists/" + ana + "/shifts",
                        schedule(shift(lisbon, "06:00", "10:00"))), 422, "shifts[0]"),
                new BadInput("a shift shorter than the shortest session", c -> c.put("/therapists/" + ana + "/shifts",
                        schedule(shift(lisbon, "09:00", "09:20"))), 422, "shifts[0]"),
                new BadInput("a schedule starting in the past", c -> c.put("/therapists/" + ana + "/shifts",
                        Map.of("effectiveFrom", "2020-01-06", "shifts", List.of(shift(lisbon, "09:00", "13:00")))), 422, "effectiveFrom"),
                new BadInput("time off that ends before it starts", c -> c.post("/therapists/" + ana + "/time-off",
                        Map.of("from", "2027-02-02T00:00:00Z", "to", "2027-02-01T00:00:00Z")), 422, "to"),
                new BadInput("a calendar range the wrong way round", c -> c.get("/therapists/" + ana
                        + "/calendar?from=2027-02-10&to=2027-02-01"), 422, "to"),
                new BadInput("a calendar date that is not a date", c -> c.get("/therapists/" + ana
                        + "/calendar?from=soon&to=2027-02-01"), 400, "from"),
                new BadInput("a therapist id that is not an id", c -> c.get("/therapists/42"), 400, "id"),
                new BadInput("a therapist that does not exist", c -> c.get("/therapists/" + UUID.randomUUID()), 404, null),
                new BadInput("an audit limit of zero (checked by the controller's proxy)", c -> c.get("/audit?limit=0"), 400, "limit"),
                new BadInput("an audit limit over a thousand", c -> c.get("/audit?limit=1001"), 400, "limit"),
                new BadInput("an audit object id that is not an id", c -> c.get("/audit?objectId=42"), 400, "objectId"),
                new BadInput("malformed JSON", c -> c.postRaw("/clinics", "{\"name\": \"Baixa\", "), 400, "body"),
                // found by the reliability fuzzer (scenario 7): each was a 500, an acceptance, or no problem detail
                new BadInput("a clinic name with a NUL (a text column cannot store it)", c -> c.post("/clinics",
                        clinic(Map.of("name", "Baixa\u0000"))), 400, "name"),
                new BadInput("an address with a lone surrogate (UTF-8 cannot carry it)", c -> c.postRaw("/clinics",
                        json(clinic(Map.of())).replace("Rua Augusta 100", "Rua \\uD800")), 400, "address"),
                new BadInput("an address whose bytes are not UTF-8 (an overlong '.')", c -> c.send("POST", "/clinics",
                        "application/json", overlongDot(json(clinic(Map.of())))), 400, "body"),
                new BadInput("2.5 treatment rooms", c -> c.post("/clinics", clinic(Map.of("treatmentRooms", 2.5))), 400, "treatmentRooms"),
                new BadInput("a weekday given by its number", c -> c.post("/clinics", clinic(Map.of("openingHours",
                        List.of(Map.of("weekday", 0, "opens", "09:00", "closes", "18:00"))))), 400, "openingHours[0].weekday"),
                new BadInput("a specialty list holding a list", c -> c.postRaw("/specialties", "{\"code\":\"REIKI\",\"name\":\"Reiki\","
                        + "\"description\":\"x\",\"addressesConcerns\":[[\"STRESS\"]]}"), 400, "addressesConcerns[0]"),
                new BadInput("a schedule effective from a date-time (it was cut to its UTC date)", c -> c.put("/therapists/"
                        + ana + "/shifts", Map.of("effectiveFrom", "2027-01-04T00:00:00Z", "shifts",
                        List.of(shift(lisbon, "09:00", "13:00")))), 400, "effectiveFrom"),
                new BadInput("a calendar at the end of java.time", c -> c.get("/therapists/" + ana
                        + "/calendar?from=%2B999999999-12-25&to=%2B999999999-12-31"), 400, "from"),
                new BadInput("a query that is not UTF-8", c -> c.get("/therapists?specialty=%ED%A0%80"), 400, "specialty"),
                new BadInput("a body typed as anything", c -> c.send("POST", "/clinics", "*/*", json(clinic(Map.of()))
                        .getBytes(UTF_8)), 415, null),
                new BadInput("a JSON body with non-ASCII text sent as a form (the firewall refused its parameter name: 500)",
                        c -> c.send("POST", "/therapists", "application/x-www-form-urlencoded",
                                json(therapist(Map.of("name", "㲰⵾鍝"))).getBytes(UTF_8)), 415, null),
                new BadInput("an HTTP method nobody knows", c -> c.send("FOO", "/clinics", null, null), 400, "method"),
                new BadInput("TRACE, which Tomcat refuses", c -> c.send("TRACE", "/clinics", null, null), 405, null),
                new BadInput("an encoded slash in an id (Tomcat refuses it)", c -> c.get("/therapists/..%2F..%2Fetc%2Fpasswd"), 400, "request"),
                new BadInput("a semicolon in an id (the firewall refuses it)", c -> c.get("/therapists/x%3Bjsessionid=1"), 400, "url"),
                new BadInput("headers over Tomcat's size limit", c -> ServiceClient.onPort(port).as("x".repeat(9_000))
                        .get("/clinics"), 400, "request"),
                new BadInput("a 10 MB body", c -> c.post("/clinics", "{\"name\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}"), 413, null));
    }

    @TestFactory
    Stream<DynamicTest> each_bad_input_gets_its_own_4xx_problem_detail_and_never_a_500() {
        return catalogue().stream().map(bad -> DynamicTest.dynamicTest(bad.what(), () -> {
            HttpResponseBody answer = bad.request().apply(admin());

            assertThat(answer.status()).as("%s answered %s", bad.what(), answer.json()).isEqualTo(bad.status());
            assertThat(answer.json().path("status").asInt()).isEqualTo(bad.status());
            assertThat(answer.json().toString()).doesNotContain("Exception").doesNotContain("at com.");
            if (bad.field() != null) {
                assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo(bad.field());
            }
        }));
    }

    private static String json(Object body) {
        return JsonMapper.builder().build().writeValueAsString(body);
    }

    /** The JSON with a dot after its address written as the overlong UTF-8 C0 AE, which Jackson reads as '.'. */
    private static byte[] overlongDot(String json) {
        byte[] plain = json.replace("Rua Augusta 100", "Rua Augusta 100#").getBytes(UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte b : plain) {
            if (b == '#') {
                bytes.write(0xC0);
                bytes.write(0xAE);
            }
            else {
                bytes.write(b);
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> clinic(Map<String, Object> changes) {
        Map<String, Object> clinic = new java.util.HashMap<>(Map.of("name", "Baixa", "city", "Lisbon",
                "address", "Rua Augusta 100", "timeZone", "Europe/Lisbon", "treatmentRooms", 3, "bufferMinutes", 10,
                "sessionTypes", List.of(30, 60),
                "openingHours", List.of(Map.of("weekday", "MONDAY", "opens", "09:00", "closes", "19:00"))));
        clinic.putAll(changes);
        return clinic;
    }

    private Map<String, Object> therapist(Map<String, Object> changes) {
        Map<String, Object> therapist = new java.util.HashMap<>(Map.of("name", "Ana Sousa", "clinicIds", List.of(lisbon),
                "specialties", List.of(Map.of("code", "SCIATICA", "level", 3))));
        therapist.putAll(changes);
        return therapist;
    }

    private static Map<String, Object> schedule(Map<?, ?>... shifts) {
        return Map.of("effectiveFrom", "2027-01-04", "shifts", List.of(shifts));
    }

    private static Map<String, Object> shift(String clinic, String starts, String ends) {
        return Map.of("clinicId", clinic, "weekday", "MONDAY", "starts", starts, "ends", ends);
    }

    private ServiceClient admin() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().admin());
    }
}
