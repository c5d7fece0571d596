package com.clinicnet.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.clinicnet.events.ClinicUpdatedV1;
import com.clinicnet.testsupport.AccessMatrix;
import com.clinicnet.testsupport.AccessMatrix.Row;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

/**
 * Every endpoint of booking-service, for every role, on the caller's own object and on another's. Two clinics
 * (A and B), a therapist and a client at each, and a session of each client with the therapist of their clinic:
 * "own" means the A side, "other" the B side.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingAccessMatrixTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final UUID clinicA = UUID.randomUUID();
    final UUID clinicB = UUID.randomUUID();
    final UUID therapistA = UUID.randomUUID();
    final UUID therapistB = UUID.randomUUID();
    final UUID clientA = UUID.randomUUID();
    final UUID clientB = UUID.randomUUID();
    final AtomicInteger slots = new AtomicInteger();
    String sessionA;
    String sessionB;
    String planA;
    String planB;

    @BeforeAll
    void two_clinics_each_with_a_therapist_a_client_and_a_session() {
        PublishedEvents.publish(brokers, new com.clinicnet.events.SpecialtyDescribedV1(UUID.randomUUID(), clock.instant(),
                "LOWER_BACK", "Lower back", List.of("LOWER_BACK_PAIN")), "/clinicnet/therapist-service");
        publishClinic(clinicA);
        publishClinic(clinicB);
        publishTherapist(therapistA, clinicA);
        publishTherapist(therapistB, clinicB);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM therapist_view_clinic WHERE therapist_id IN (:a, :b)")
                .param("a", therapistA).param("b", therapistB).query(Integer.class).single() == 2
                && jdbc.sql("SELECT count(*) FROM concern_specialty WHERE concern = 'LOWER_BACK_PAIN'").query(Integer.class).single() >= 1);
        assertThat(as(identity.client(clientA)).post("/clients", profile()).status()).isEqualTo(201);
        assertThat(as(identity.client(clientB)).post("/clients", profile()).status()).isEqualTo(201);
        sessionA = book(identity.client(clientA), clientA, therapistA, clinicA).text("id");
        sessionB = book(identity.client(clientB), clientB, therapistB, clinicB).text("id");
        assertThat(sessionA).isNotBlank();
        assertThat(sessionB).isNotBlank();
        planA = as(identity.client(clientA)).post("/treatment-plans", plan(clientA, therapistA, clinicA)).text("id");
        planB = as(identity.client(clientB)).post("/treatment-plans", plan(clientB, therapistB, clinicB)).text("id");
        assertThat(planA).isNotBlank();
        assertThat(planB).isNotBlank();
    }

    List<Row> matrix() {
        return List.of(
                new Row("POST /clients", "anonymous", 401, () -> anonymous().post("/clients", profile())),
                new Row("POST /clients", "CLIENT registering themselves", 201,
                        () -> as(identity.client(UUID.randomUUID())).post("/clients", profile())),
                new Row("POST /clients", "CLIENT already registered", 409,
                        () -> as(identity.client(clientA)).post("/clients", profile())),
                new Row("POST /clients", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).post("/clients", profile())),
                new Row("POST /clients", "FRONT_DESK registering a walk-in", 201,
                        () -> as(identity.frontDesk(clinicA)).post("/clients", profile())),
                new Row("POST /clients", "FRONT_DESK of two clinics not naming the registering one", 422,
                        () -> as(identity.frontDesk(clinicA, clinicB)).post("/clients", profile())),
                new Row("POST /clients", "FRONT_DESK naming another clinic as the registering one", 422,
                        () -> as(identity.frontDesk(clinicA)).post("/clients", withRegisteringClinic(clinicB))),
                new Row("POST /clients", "OPS", 403, () -> as(identity.ops()).post("/clients", profile())),
                new Row("POST /clients", "THERAPIST with a body that is not JSON", 403,
                        () -> as(identity.therapist(therapistA)).postRaw("/clients", "{not json")),
                new Row("POST /clients", "ADMIN", 403, () -> as(identity.admin()).post("/clients", profile())),

                new Row("GET /clients/{id}", "anonymous", 401, () -> anonymous().get("/clients/" + clientA)),
                new Row("GET /clients/{id}", "CLIENT own", 200, () -> as(identity.client(clientA)).get("/clients/" + clientA)),
                new Row("GET /clients/{id}", "CLIENT other's", 404, () -> as(identity.client(clientA)).get("/clients/" + clientB)),
                new Row("GET /clients/{id}", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).get("/clients/" + clientA)),
                new Row("GET /clients/{id}", "FRONT_DESK own clinic's client", 200, () -> as(identity.frontDesk(clinicA)).get("/clients/" + clientA)),
                new Row("GET /clients/{id}", "FRONT_DESK other clinic's client", 404, () -> as(identity.frontDesk(clinicA)).get("/clients/" + clientB)),
                new Row("GET /clients/{id}", "FRONT_DESK a walk-in it registered", 200, () -> { UUID walkIn = walkIn(clinicA); return as(identity.frontDesk(clinicA)).get("/clients/" + walkIn); }),
                new Row("GET /clients/{id}", "FRONT_DESK another clinic's walk-in", 404, () -> as(identity.frontDesk(clinicA)).get("/clients/" + walkIn(clinicB))),
                new Row("GET /clients/{id}", "OPS (no personal data)", 403, () -> as(identity.ops()).get("/clients/" + clientA)),
                new Row("GET /clients/{id}", "ADMIN", 403, () -> as(identity.admin()).get("/clients/" + clientA)),

                new Row("POST /sessions", "anonymous", 401, () -> bookAnonymously()),
                new Row("POST /sessions", "CLIENT own", 201,
                        () -> book(identity.client(clientA), clientA, therapistA, clinicA)),
                new Row("POST /sessions", "CLIENT for another client", 422,
                        () -> book(identity.client(clientA), clientB, therapistA, clinicA)),
                new Row("POST /sessions", "THERAPIST", 403,
                        () -> book(identity.therapist(therapistA), clientA, therapistA, clinicA)),
                new Row("POST /sessions", "FRONT_DESK at own clinic for its client", 201,
                        () -> book(identity.frontDesk(clinicA), clientA, therapistA, clinicA)),
                new Row("POST /sessions", "FRONT_DESK at own clinic for another clinic's client", 422,
                        () -> book(identity.frontDesk(clinicA), clientB, therapistA, clinicA)),
                new Row("POST /sessions", "FRONT_DESK at another clinic", 403,
                        () -> book(identity.frontDesk(clinicA), clientB, therapistB, clinicB)),
                new Row("POST /sessions", "OPS", 403, () -> book(identity.ops(), clientA, therapistA, clinicA)),
                new Row("POST /sessions", "OPS with an empty body", 403, () -> as(identity.ops()).postRaw("/sessions", "{}")),
                new Row("POST /sessions", "ADMIN", 403, () -> book(identity.admin(), clientA, therapistA, clinicA)),

                new Row("GET /sessions/{id}", "anonymous", 401, () -> anonymous().get("/sessions/" + sessionA)),
                new Row("GET /sessions/{id}", "CLIENT own", 200, () -> as(identity.client(clientA)).get("/sessions/" + sessionA)),
                new Row("GET /sessions/{id}", "CLIENT other's", 404, () -> as(identity.client(clientA)).get("/sessions/" + sessionB)),
                new Row("GET /sessions/{id}", "THERAPIST own", 200, () -> as(identity.therapist(therapistA)).get("/sessions/" + sessionA)),
                new Row("GET /sessions/{id}", "THERAPIST other's", 404, () -> as(identity.therapist(therapistA)).get("/sessions/" + sessionB)),
                new Row("GET /sessions/{id}", "FRONT_DESK own clinic", 200, () -> as(identity.frontDesk(clinicA)).get("/sessions/" + sessionA)),
                new Row("GET /sessions/{id}", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).get("/sessions/" + sessionB)),
                new Row("GET /sessions/{id}", "OPS", 200, () -> as(identity.ops()).get("/sessions/" + sessionB)),
                new Row("GET /sessions/{id}", "ADMIN", 403, () -> as(identity.admin()).get("/sessions/" + sessionA)),

                new Row("GET /clients/{clientId}/sessions", "anonymous", 401, () -> anonymous().get("/clients/" + clientA + "/sessions")),
                new Row("GET /clients/{clientId}/sessions", "CLIENT own", 200, () -> as(identity.client(clientA)).get("/clients/" + clientA + "/sessions")),
                new Row("GET /clients/{clientId}/sessions", "CLIENT other's", 404, () -> as(identity.client(clientA)).get("/clients/" + clientB + "/sessions")),
                new Row("GET /clients/{clientId}/sessions", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).get("/clients/" + clientA + "/sessions")),
                new Row("GET /clients/{clientId}/sessions", "FRONT_DESK own clinic's client", 200, () -> as(identity.frontDesk(clinicA)).get("/clients/" + clientA + "/sessions")),
                new Row("GET /clients/{clientId}/sessions", "FRONT_DESK other clinic's client", 404, () -> as(identity.frontDesk(clinicA)).get("/clients/" + clientB + "/sessions")),
                new Row("GET /clients/{clientId}/sessions", "OPS", 200, () -> as(identity.ops()).get("/clients/" + clientA + "/sessions")),
                new Row("GET /clients/{clientId}/sessions", "ADMIN", 403, () -> as(identity.admin()).get("/clients/" + clientA + "/sessions")),

                new Row("POST /sessions/{id}/cancel", "anonymous", 401, () -> anonymous().post("/sessions/" + sessionA + "/cancel", Map.of())),
                new Row("POST /sessions/{id}/cancel", "CLIENT own", 200, () -> as(identity.client(clientA)).post("/sessions/" + futureSession(clientA, therapistA, clinicA) + "/cancel", Map.of())),
                new Row("POST /sessions/{id}/cancel", "CLIENT other's", 404, () -> as(identity.client(clientA)).post("/sessions/" + sessionB + "/cancel", Map.of())),
                new Row("POST /sessions/{id}/cancel", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).post("/sessions/" + sessionA + "/cancel", Map.of())),
                new Row("POST /sessions/{id}/cancel", "FRONT_DESK own clinic", 200, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + futureSession(clientA, therapistA, clinicA) + "/cancel", Map.of())),
                new Row("POST /sessions/{id}/cancel", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + sessionB + "/cancel", Map.of())),
                new Row("POST /sessions/{id}/cancel", "OPS", 403, () -> as(identity.ops()).post("/sessions/" + sessionA + "/cancel", Map.of())),
                new Row("POST /sessions/{id}/cancel", "ADMIN", 403, () -> as(identity.admin()).post("/sessions/" + sessionA + "/cancel", Map.of())),

                // no disruption here: who may ask is told "not found", who may not is refused first
                new Row("GET /sessions/{id}/disruption", "anonymous", 401, () -> anonymous().get("/sessions/" + sessionA + "/disruption")),
                new Row("GET /sessions/{id}/disruption", "CLIENT own, not disrupted", 404, () -> as(identity.client(clientA)).get("/sessions/" + sessionA + "/disruption")),
                new Row("GET /sessions/{id}/disruption", "CLIENT other's", 404, () -> as(identity.client(clientA)).get("/sessions/" + sessionB + "/disruption")),
                new Row("GET /sessions/{id}/disruption", "THERAPIST own", 404, () -> as(identity.therapist(therapistA)).get("/sessions/" + sessionA + "/disruption")),
                new Row("GET /sessions/{id}/disruption", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).get("/sessions/" + sessionB + "/disruption")),
                new Row("GET /sessions/{id}/disruption", "ADMIN", 404, () -> as(identity.admin()).get("/sessions/" + sessionA + "/disruption")),
                new Row("GET /sessions/{id}/disruption", "OPS", 404, () -> as(identity.ops()).get("/sessions/" + sessionA + "/disruption")),
                new Row("POST /sessions/{id}/disruption/alternatives/{rank}", "anonymous", 401, () -> anonymous().post("/sessions/" + sessionA + "/disruption/alternatives/1", Map.of())),
                new Row("POST /sessions/{id}/disruption/alternatives/{rank}", "CLIENT own, not disrupted", 404, () -> as(identity.client(clientA)).post("/sessions/" + sessionA + "/disruption/alternatives/1", Map.of())),
                new Row("POST /sessions/{id}/disruption/alternatives/{rank}", "FRONT_DESK own clinic, not disrupted", 404, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + sessionA + "/disruption/alternatives/1", Map.of())),
                new Row("POST /sessions/{id}/disruption/alternatives/{rank}", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).post("/sessions/" + sessionA + "/disruption/alternatives/1", Map.of())),
                new Row("POST /sessions/{id}/disruption/alternatives/{rank}", "OPS", 403, () -> as(identity.ops()).post("/sessions/" + sessionA + "/disruption/alternatives/1", Map.of())),
                new Row("POST /sessions/{id}/disruption/alternatives/{rank}", "ADMIN", 403, () -> as(identity.admin()).post("/sessions/" + sessionA + "/disruption/alternatives/1", Map.of())),
                new Row("POST /sessions/{id}/reschedule", "anonymous", 401, () -> anonymous().post("/sessions/" + sessionA + "/reschedule", newStart())),
                new Row("POST /sessions/{id}/reschedule", "CLIENT own", 200, () -> as(identity.client(clientA)).post("/sessions/" + futureSession(clientA, therapistA, clinicA) + "/reschedule", newStart())),
                new Row("POST /sessions/{id}/reschedule", "CLIENT other's", 404, () -> as(identity.client(clientA)).post("/sessions/" + sessionB + "/reschedule", newStart())),
                new Row("POST /sessions/{id}/reschedule", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).post("/sessions/" + sessionA + "/reschedule", newStart())),
                new Row("POST /sessions/{id}/reschedule", "FRONT_DESK own clinic", 200, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + futureSession(clientA, therapistA, clinicA) + "/reschedule", newStart())),
                new Row("POST /sessions/{id}/reschedule", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + sessionB + "/reschedule", newStart())),
                new Row("POST /sessions/{id}/reschedule", "OPS", 403, () -> as(identity.ops()).post("/sessions/" + sessionA + "/reschedule", newStart())),
                new Row("POST /sessions/{id}/reschedule", "ADMIN", 403, () -> as(identity.admin()).post("/sessions/" + sessionA + "/reschedule", newStart())),

                new Row("POST /sessions/{id}/complete", "anonymous", 401, () -> anonymous().post("/sessions/" + sessionA + "/complete", Map.of())),
                new Row("POST /sessions/{id}/complete", "CLIENT", 403, () -> as(identity.client(clientA)).post("/sessions/" + sessionA + "/complete", Map.of())),
                new Row("POST /sessions/{id}/complete", "THERAPIST own", 200, () -> as(identity.therapist(therapistA)).post("/sessions/" + startedSession(clientA, therapistA, clinicA) + "/complete", Map.of())),
                new Row("POST /sessions/{id}/complete", "THERAPIST other's", 404, () -> as(identity.therapist(therapistA)).post("/sessions/" + startedSession(clientB, therapistB, clinicB) + "/complete", Map.of())),
                new Row("POST /sessions/{id}/complete", "FRONT_DESK own clinic", 200, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + startedSession(clientA, therapistA, clinicA) + "/complete", Map.of())),
                new Row("POST /sessions/{id}/complete", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + startedSession(clientB, therapistB, clinicB) + "/complete", Map.of())),
                new Row("POST /sessions/{id}/complete", "OPS", 403, () -> as(identity.ops()).post("/sessions/" + sessionA + "/complete", Map.of())),
                new Row("POST /sessions/{id}/complete", "ADMIN", 403, () -> as(identity.admin()).post("/sessions/" + sessionA + "/complete", Map.of())),

                new Row("POST /sessions/{id}/no-show", "anonymous", 401, () -> anonymous().post("/sessions/" + sessionA + "/no-show", Map.of())),
                new Row("POST /sessions/{id}/no-show", "CLIENT", 403, () -> as(identity.client(clientA)).post("/sessions/" + sessionA + "/no-show", Map.of())),
                new Row("POST /sessions/{id}/no-show", "THERAPIST own", 200, () -> as(identity.therapist(therapistA)).post("/sessions/" + startedSession(clientA, therapistA, clinicA) + "/no-show", Map.of())),
                new Row("POST /sessions/{id}/no-show", "THERAPIST other's", 404, () -> as(identity.therapist(therapistA)).post("/sessions/" + startedSession(clientB, therapistB, clinicB) + "/no-show", Map.of())),
                new Row("POST /sessions/{id}/no-show", "FRONT_DESK own clinic", 200, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + startedSession(clientA, therapistA, clinicA) + "/no-show", Map.of())),
                new Row("POST /sessions/{id}/no-show", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + startedSession(clientB, therapistB, clinicB) + "/no-show", Map.of())),
                new Row("POST /sessions/{id}/no-show", "OPS", 403, () -> as(identity.ops()).post("/sessions/" + sessionA + "/no-show", Map.of())),
                new Row("POST /sessions/{id}/no-show", "ADMIN", 403, () -> as(identity.admin()).post("/sessions/" + sessionA + "/no-show", Map.of())),

                new Row("PUT /clients/{id}", "anonymous", 401, () -> anonymous().put("/clients/" + clientA, profile())),
                new Row("PUT /clients/{id}", "CLIENT own", 200, () -> as(identity.client(clientA)).put("/clients/" + clientA, profile())),
                new Row("PUT /clients/{id}", "CLIENT other's", 404, () -> as(identity.client(clientA)).put("/clients/" + clientB, profile())),
                new Row("PUT /clients/{id}", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).put("/clients/" + clientA, profile())),
                new Row("PUT /clients/{id}", "FRONT_DESK own clinic's client", 200, () -> as(identity.frontDesk(clinicA)).put("/clients/" + clientA, profile())),
                new Row("PUT /clients/{id}", "FRONT_DESK other clinic's client", 404, () -> as(identity.frontDesk(clinicA)).put("/clients/" + clientB, profile())),
                new Row("PUT /clients/{id}", "OPS", 403, () -> as(identity.ops()).put("/clients/" + clientA, profile())),
                new Row("PUT /clients/{id}", "ADMIN", 403, () -> as(identity.admin()).put("/clients/" + clientA, profile())),

                new Row("DELETE /clients/{id}", "anonymous", 401, () -> anonymous().delete("/clients/" + clientA)),
                new Row("DELETE /clients/{id}", "CLIENT own", 204, () -> { UUID fresh = freshClient(); return as(identity.client(fresh)).delete("/clients/" + fresh); }),
                new Row("DELETE /clients/{id}", "CLIENT other's", 404, () -> as(identity.client(clientA)).delete("/clients/" + clientB)),
                new Row("DELETE /clients/{id}", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).delete("/clients/" + clientA)),
                new Row("DELETE /clients/{id}", "FRONT_DESK a walk-in it registered", 204, () -> as(identity.frontDesk(clinicA)).delete("/clients/" + walkIn(clinicA))),
                new Row("DELETE /clients/{id}", "FRONT_DESK other clinic's client", 404, () -> as(identity.frontDesk(clinicA)).delete("/clients/" + clientB)),
                new Row("DELETE /clients/{id}", "OPS", 403, () -> as(identity.ops()).delete("/clients/" + clientA)),
                new Row("DELETE /clients/{id}", "ADMIN", 403, () -> as(identity.admin()).delete("/clients/" + clientA)),

                new Row("POST /clients/{clientId}/intake", "anonymous", 401, () -> anonymous().post("/clients/" + clientA + "/intake", intake())),
                new Row("POST /clients/{clientId}/intake", "CLIENT own", 201, () -> as(identity.client(clientA)).post("/clients/" + clientA + "/intake", intake())),
                new Row("POST /clients/{clientId}/intake", "CLIENT other's", 404, () -> as(identity.client(clientA)).post("/clients/" + clientB + "/intake", intake())),
                new Row("POST /clients/{clientId}/intake", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).post("/clients/" + clientA + "/intake", intake())),
                new Row("POST /clients/{clientId}/intake", "FRONT_DESK own clinic's client", 201, () -> as(identity.frontDesk(clinicA)).post("/clients/" + clientA + "/intake", intake())),
                new Row("POST /clients/{clientId}/intake", "FRONT_DESK other clinic's client", 404, () -> as(identity.frontDesk(clinicA)).post("/clients/" + clientB + "/intake", intake())),
                new Row("POST /clients/{clientId}/intake", "OPS (no intake data)", 403, () -> as(identity.ops()).post("/clients/" + clientA + "/intake", intake())),
                new Row("POST /clients/{clientId}/intake", "ADMIN", 403, () -> as(identity.admin()).post("/clients/" + clientA + "/intake", intake())),

                new Row("GET /clients/{clientId}/intake", "anonymous", 401, () -> anonymous().get("/clients/" + clientA + "/intake")),
                new Row("GET /clients/{clientId}/intake", "CLIENT own", 200, () -> as(identity.client(clientA)).get("/clients/" + clientA + "/intake")),
                new Row("GET /clients/{clientId}/intake", "CLIENT other's", 404, () -> as(identity.client(clientA)).get("/clients/" + clientB + "/intake")),
                new Row("GET /clients/{clientId}/intake", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).get("/clients/" + clientA + "/intake")),
                new Row("GET /clients/{clientId}/intake", "FRONT_DESK own clinic's client", 200, () -> as(identity.frontDesk(clinicA)).get("/clients/" + clientA + "/intake")),
                new Row("GET /clients/{clientId}/intake", "FRONT_DESK other clinic's client", 404, () -> as(identity.frontDesk(clinicA)).get("/clients/" + clientB + "/intake")),
                new Row("GET /clients/{clientId}/intake", "OPS (no intake data)", 403, () -> as(identity.ops()).get("/clients/" + clientA + "/intake")),
                new Row("GET /clients/{clientId}/intake", "ADMIN", 403, () -> as(identity.admin()).get("/clients/" + clientA + "/intake")),

                new Row("POST /treatment-plans", "anonymous", 401, () -> anonymous().post("/treatment-plans", plan(clientA, therapistA, clinicA))),
                new Row("POST /treatment-plans", "CLIENT own", 201, () -> as(identity.client(clientA)).post("/treatment-plans", plan(clientA, therapistA, clinicA))),
                new Row("POST /treatment-plans", "CLIENT for another client", 422, () -> as(identity.client(clientA)).post("/treatment-plans", plan(clientB, therapistA, clinicA))),
                new Row("POST /treatment-plans", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).post("/treatment-plans", plan(clientA, therapistA, clinicA))),
                new Row("POST /treatment-plans", "FRONT_DESK own clinic for its client", 201, () -> as(identity.frontDesk(clinicA)).post("/treatment-plans", plan(clientA, therapistA, clinicA))),
                new Row("POST /treatment-plans", "FRONT_DESK own clinic for another clinic's client", 422, () -> as(identity.frontDesk(clinicA)).post("/treatment-plans", plan(clientB, therapistA, clinicA))),
                new Row("POST /treatment-plans", "FRONT_DESK other clinic", 403, () -> as(identity.frontDesk(clinicA)).post("/treatment-plans", plan(clientB, therapistB, clinicB))),
                new Row("POST /treatment-plans", "OPS", 403, () -> as(identity.ops()).post("/treatment-plans", plan(clientA, therapistA, clinicA))),
                new Row("POST /treatment-plans", "ADMIN", 403, () -> as(identity.admin()).post("/treatment-plans", plan(clientA, therapistA, clinicA))),
                new Row("POST /treatment-plans", "ADMIN with a body that is not JSON", 403, () -> as(identity.admin()).postRaw("/treatment-plans", "[")),

                new Row("GET /treatment-plans/{id}", "anonymous", 401, () -> anonymous().get("/treatment-plans/" + planA)),
                new Row("GET /treatment-plans/{id}", "CLIENT own", 200, () -> as(identity.client(clientA)).get("/treatment-plans/" + planA)),
                new Row("GET /treatment-plans/{id}", "CLIENT other's", 404, () -> as(identity.client(clientA)).get("/treatment-plans/" + planB)),
                new Row("GET /treatment-plans/{id}", "THERAPIST own", 200, () -> as(identity.therapist(therapistA)).get("/treatment-plans/" + planA)),
                new Row("GET /treatment-plans/{id}", "THERAPIST other's", 404, () -> as(identity.therapist(therapistA)).get("/treatment-plans/" + planB)),
                new Row("GET /treatment-plans/{id}", "FRONT_DESK own clinic", 200, () -> as(identity.frontDesk(clinicA)).get("/treatment-plans/" + planA)),
                new Row("GET /treatment-plans/{id}", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).get("/treatment-plans/" + planB)),
                new Row("GET /treatment-plans/{id}", "OPS", 200, () -> as(identity.ops()).get("/treatment-plans/" + planB)),
                new Row("GET /treatment-plans/{id}", "ADMIN", 403, () -> as(identity.admin()).get("/treatment-plans/" + planA)),

                new Row("GET /clients/{clientId}/treatment-plans", "anonymous", 401, () -> anonymous().get("/clients/" + clientA + "/treatment-plans")),
                new Row("GET /clients/{clientId}/treatment-plans", "CLIENT own", 200, () -> as(identity.client(clientA)).get("/clients/" + clientA + "/treatment-plans")),
                new Row("GET /clients/{clientId}/treatment-plans", "CLIENT other's", 404, () -> as(identity.client(clientA)).get("/clients/" + clientB + "/treatment-plans")),
                new Row("GET /clients/{clientId}/treatment-plans", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).get("/clients/" + clientA + "/treatment-plans")),
                new Row("GET /clients/{clientId}/treatment-plans", "FRONT_DESK own clinic's client", 200, () -> as(identity.frontDesk(clinicA)).get("/clients/" + clientA + "/treatment-plans")),
                new Row("GET /clients/{clientId}/treatment-plans", "FRONT_DESK other clinic's client", 404, () -> as(identity.frontDesk(clinicA)).get("/clients/" + clientB + "/treatment-plans")),
                new Row("GET /clients/{clientId}/treatment-plans", "OPS", 200, () -> as(identity.ops()).get("/clients/" + clientA + "/treatment-plans")),
                new Row("GET /clients/{clientId}/treatment-plans", "ADMIN", 403, () -> as(identity.admin()).get("/clients/" + clientA + "/treatment-plans")),

                new Row("GET /availability", "anonymous", 401, () -> anonymous().get(availability())),
                new Row("GET /availability", "CLIENT", 200, () -> as(identity.client(clientA)).get(availability())),
                new Row("GET /availability", "THERAPIST", 200, () -> as(identity.therapist(therapistA)).get(availability())),
                new Row("GET /availability", "FRONT_DESK", 200, () -> as(identity.frontDesk(clinicA)).get(availability())),
                new Row("GET /availability", "OPS", 200, () -> as(identity.ops()).get(availability())),
                new Row("GET /availability", "ADMIN", 200, () -> as(identity.admin()).get(availability())),
                // for a named client, whose intake then applies
                new Row("GET /availability", "anonymous for a client", 401, () -> anonymous().get(availability() + "&clientId=" + clientA)),
                new Row("GET /availability", "CLIENT for themselves by id", 200, () -> as(identity.client(clientA)).get(availability() + "&clientId=" + clientA)),
                new Row("GET /availability", "CLIENT for another client", 404, () -> as(identity.client(clientA)).get(availability() + "&clientId=" + clientB)),
                new Row("GET /availability", "THERAPIST for a client", 403, () -> as(identity.therapist(therapistA)).get(availability() + "&clientId=" + clientA)),
                new Row("GET /availability", "FRONT_DESK for its clinic's client", 200, () -> as(identity.frontDesk(clinicA)).get(availability() + "&clientId=" + clientA)),
                new Row("GET /availability", "FRONT_DESK for another clinic's client", 404, () -> as(identity.frontDesk(clinicA)).get(availability() + "&clientId=" + clientB)),
                new Row("GET /availability", "FRONT_DESK for a client at another clinic", 403, () -> as(identity.frontDesk(clinicB)).get(availability() + "&clientId=" + clientB)),
                new Row("GET /availability", "OPS for a client (no intake data)", 403, () -> as(identity.ops()).get(availability() + "&clientId=" + clientA)),
                new Row("GET /availability", "ADMIN for a client (no intake data)", 403, () -> as(identity.admin()).get(availability() + "&clientId=" + clientB)),

                new Row("GET /audit", "anonymous", 401, () -> anonymous().get("/audit")),
                new Row("GET /audit", "CLIENT", 403, () -> as(identity.client(clientA)).get("/audit")),
                new Row("GET /audit", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).get("/audit")),
                new Row("GET /audit", "FRONT_DESK", 403, () -> as(identity.frontDesk(clinicA)).get("/audit")),
                new Row("GET /audit", "OPS", 200, () -> as(identity.ops()).get("/audit?objectId=" + sessionA)),
                new Row("GET /audit", "ADMIN", 200, () -> as(identity.admin()).get("/audit")),

                new Row("GET /clinics/{clinicId}/sessions", "anonymous", 401, () -> anonymous().get(clinicDay(clinicA))),
                new Row("GET /clinics/{clinicId}/sessions", "CLIENT", 404, () -> as(identity.client(clientA)).get(clinicDay(clinicA))),
                new Row("GET /clinics/{clinicId}/sessions", "THERAPIST of the clinic", 404, () -> as(identity.therapist(therapistA)).get(clinicDay(clinicA))),
                new Row("GET /clinics/{clinicId}/sessions", "FRONT_DESK own clinic", 200, () -> as(identity.frontDesk(clinicA)).get(clinicDay(clinicA))),
                new Row("GET /clinics/{clinicId}/sessions", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).get(clinicDay(clinicB))),
                new Row("GET /clinics/{clinicId}/sessions", "OPS", 404, () -> as(identity.ops()).get(clinicDay(clinicA))),
                new Row("GET /clinics/{clinicId}/sessions", "ADMIN any clinic", 200, () -> as(identity.admin()).get(clinicDay(clinicB))),
                new Row("GET /clinics/{clinicId}/sessions", "ADMIN an unknown clinic", 404, () -> as(identity.admin()).get(clinicDay(UUID.randomUUID()))),
                new Row("GET /clinics/{clinicId}/disruptions", "anonymous", 401, () -> anonymous().get(disruptions(clinicA))),
                new Row("GET /clinics/{clinicId}/disruptions", "CLIENT", 404, () -> as(identity.client(clientA)).get(disruptions(clinicA))),
                new Row("GET /clinics/{clinicId}/disruptions", "THERAPIST of the clinic", 404, () -> as(identity.therapist(therapistA)).get(disruptions(clinicA))),
                new Row("GET /clinics/{clinicId}/disruptions", "FRONT_DESK own clinic", 200, () -> as(identity.frontDesk(clinicA)).get(disruptions(clinicA))),
                new Row("GET /clinics/{clinicId}/disruptions", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).get(disruptions(clinicB))),
                new Row("GET /clinics/{clinicId}/disruptions", "OPS", 404, () -> as(identity.ops()).get(disruptions(clinicA))),
                new Row("GET /clinics/{clinicId}/disruptions", "ADMIN any clinic", 200, () -> as(identity.admin()).get(disruptions(clinicB))),
                new Row("GET /clinics/{clinicId}/disruptions", "ADMIN an unknown clinic", 404, () -> as(identity.admin()).get(disruptions(UUID.randomUUID()))),

                new Row("GET /therapists/{therapistId}/sessions", "anonymous", 401, () -> anonymous().get(therapistWeek(therapistA))),
                new Row("GET /therapists/{therapistId}/sessions", "CLIENT", 404, () -> as(identity.client(clientA)).get(therapistWeek(therapistA))),
                new Row("GET /therapists/{therapistId}/sessions", "THERAPIST own", 200, () -> as(identity.therapist(therapistA)).get(therapistWeek(therapistA))),
                new Row("GET /therapists/{therapistId}/sessions", "THERAPIST other's", 404, () -> as(identity.therapist(therapistA)).get(therapistWeek(therapistB))),
                new Row("GET /therapists/{therapistId}/sessions", "FRONT_DESK (its own clinics' sessions)", 200, () -> as(identity.frontDesk(clinicA)).get(therapistWeek(therapistA))),
                new Row("GET /therapists/{therapistId}/sessions", "OPS", 404, () -> as(identity.ops()).get(therapistWeek(therapistA))),
                new Row("GET /therapists/{therapistId}/sessions", "ADMIN", 404, () -> as(identity.admin()).get(therapistWeek(therapistA))),

                new Row("POST /sessions/{id}/arrival", "anonymous", 401, () -> anonymous().post("/sessions/" + sessionA + "/arrival", Map.of())),
                new Row("POST /sessions/{id}/arrival", "CLIENT own", 404, () -> as(identity.client(clientA)).post("/sessions/" + sessionA + "/arrival", Map.of())),
                new Row("POST /sessions/{id}/arrival", "THERAPIST own", 404, () -> as(identity.therapist(therapistA)).post("/sessions/" + sessionA + "/arrival", Map.of())),
                new Row("POST /sessions/{id}/arrival", "FRONT_DESK own clinic, on the session's day", 200, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + sessionToday(clientA, clinicA) + "/arrival", Map.of())),
                new Row("POST /sessions/{id}/arrival", "FRONT_DESK own clinic, before the session's day", 409, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + sessionA + "/arrival", Map.of())),
                new Row("POST /sessions/{id}/arrival", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).post("/sessions/" + sessionB + "/arrival", Map.of())),
                new Row("POST /sessions/{id}/arrival", "OPS", 404, () -> as(identity.ops()).post("/sessions/" + sessionA + "/arrival", Map.of())),
                new Row("POST /sessions/{id}/arrival", "ADMIN", 404, () -> as(identity.admin()).post("/sessions/" + sessionA + "/arrival", Map.of())),

                new Row("GET /clients", "anonymous", 401, () -> anonymous().get("/clients?search=Joana")),
                new Row("GET /clients", "CLIENT", 403, () -> as(identity.client(clientA)).get("/clients?search=Joana")),
                new Row("GET /clients", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).get("/clients?search=Joana")),
                new Row("GET /clients", "FRONT_DESK", 200, () -> as(identity.frontDesk(clinicA)).get("/clients?search=Joana")),
                new Row("GET /clients", "OPS", 403, () -> as(identity.ops()).get("/clients?search=Joana")),
                new Row("GET /clients", "ADMIN", 403, () -> as(identity.admin()).get("/clients?search=Joana")),
                new Row("GET /reports/clinic-days", "anonymous", 401, () -> anonymous().get(clinicDays())),
                new Row("GET /reports/clinic-days", "CLIENT", 403, () -> as(identity.client(clientA)).get(clinicDays())),
                new Row("GET /reports/clinic-days", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).get(clinicDays())),
                new Row("GET /reports/clinic-days", "FRONT_DESK of the clinic asked for", 403,
                        () -> as(identity.frontDesk(clinicA)).get(clinicDays() + "&clinicId=" + clinicA)),
                new Row("GET /reports/clinic-days", "OPS", 200, () -> as(identity.ops()).get(clinicDays())),
                new Row("GET /reports/clinic-days", "ADMIN", 200, () -> as(identity.admin()).get(clinicDays() + "&clinicId=" + clinicB)),

                new Row("POST /waitlist", "anonymous", 401, () -> anonymous().post("/waitlist", wish(clientA, clinicA))),
                new Row("POST /waitlist", "CLIENT own", 201, () -> as(identity.client(clientA)).post("/waitlist", wish(clientA, clinicA))),
                new Row("POST /waitlist", "CLIENT for another client", 422, () -> as(identity.client(clientA)).post("/waitlist", wish(clientB, clinicB))),
                new Row("POST /waitlist", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).post("/waitlist", wish(clientA, clinicA))),
                new Row("POST /waitlist", "FRONT_DESK for its clinic's client", 201, () -> as(identity.frontDesk(clinicA)).post("/waitlist", wish(clientA, clinicA))),
                new Row("POST /waitlist", "FRONT_DESK for another clinic's client", 422, () -> as(identity.frontDesk(clinicA)).post("/waitlist", wish(clientB, clinicB))),
                new Row("POST /waitlist", "OPS", 403, () -> as(identity.ops()).post("/waitlist", wish(clientA, clinicA))),
                new Row("POST /waitlist", "ADMIN", 403, () -> as(identity.admin()).post("/waitlist", wish(clientA, clinicA))),
                new Row("GET /clients/{clientId}/waitlist", "anonymous", 401, () -> anonymous().get("/clients/" + clientA + "/waitlist")),
                new Row("GET /clients/{clientId}/waitlist", "CLIENT own", 200, () -> as(identity.client(clientA)).get("/clients/" + clientA + "/waitlist")),
                new Row("GET /clients/{clientId}/waitlist", "CLIENT other's", 404, () -> as(identity.client(clientA)).get("/clients/" + clientB + "/waitlist")),
                new Row("GET /clients/{clientId}/waitlist", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).get("/clients/" + clientA + "/waitlist")),
                new Row("GET /clients/{clientId}/waitlist", "FRONT_DESK own clinic's client", 200, () -> as(identity.frontDesk(clinicA)).get("/clients/" + clientA + "/waitlist")),
                new Row("GET /clients/{clientId}/waitlist", "FRONT_DESK other clinic's client", 404, () -> as(identity.frontDesk(clinicA)).get("/clients/" + clientB + "/waitlist")),
                new Row("GET /clients/{clientId}/waitlist", "OPS", 403, () -> as(identity.ops()).get("/clients/" + clientA + "/waitlist")),
                new Row("DELETE /waitlist/{id}", "anonymous", 401, () -> anonymous().delete("/waitlist/" + placeOf(clientA, clinicA))),
                new Row("DELETE /waitlist/{id}", "CLIENT own", 204, () -> as(identity.client(clientA)).delete("/waitlist/" + placeOf(clientA, clinicA))),
                new Row("DELETE /waitlist/{id}", "CLIENT other's", 404, () -> as(identity.client(clientA)).delete("/waitlist/" + placeOf(clientB, clinicB))),
                new Row("DELETE /waitlist/{id}", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).delete("/waitlist/" + placeOf(clientA, clinicA))),
                new Row("DELETE /waitlist/{id}", "FRONT_DESK other clinic's client", 404, () -> as(identity.frontDesk(clinicA)).delete("/waitlist/" + placeOf(clientB, clinicB))),
                new Row("DELETE /waitlist/{id}", "ADMIN", 403, () -> as(identity.admin()).delete("/waitlist/" + placeOf(clientA, clinicA))),
                new Row("GET /waitlist/offers/{id}", "anonymous", 401, () -> anonymous().get("/waitlist/offers/" + UUID.randomUUID())),
                new Row("GET /waitlist/offers/{id}", "CLIENT, an offer nobody made", 404, () -> as(identity.client(clientA)).get("/waitlist/offers/" + UUID.randomUUID())),
                new Row("GET /waitlist/offers/{id}", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).get("/waitlist/offers/" + UUID.randomUUID())),
                new Row("GET /waitlist/offers/{id}", "OPS", 403, () -> as(identity.ops()).get("/waitlist/offers/" + UUID.randomUUID())),
                new Row("POST /waitlist/offers/{id}/take", "anonymous", 401, () -> anonymous().post("/waitlist/offers/" + UUID.randomUUID() + "/take", Map.of())),
                new Row("POST /waitlist/offers/{id}/take", "CLIENT, an offer nobody made", 404, () -> as(identity.client(clientA)).post("/waitlist/offers/" + UUID.randomUUID() + "/take", Map.of())),
                new Row("POST /waitlist/offers/{id}/take", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).post("/waitlist/offers/" + UUID.randomUUID() + "/take", Map.of())),
                new Row("POST /waitlist/offers/{id}/take", "ADMIN", 403, () -> as(identity.admin()).post("/waitlist/offers/" + UUID.randomUUID() + "/take", Map.of())),
                new Row("POST /waitlist/offers/{id}/decline", "anonymous", 401, () -> anonymous().post("/waitlist/offers/" + UUID.randomUUID() + "/decline", Map.of())),
                new Row("POST /waitlist/offers/{id}/decline", "FRONT_DESK, an offer nobody made", 404, () -> as(identity.frontDesk(clinicA)).post("/waitlist/offers/" + UUID.randomUUID() + "/decline", Map.of())),
                new Row("POST /waitlist/offers/{id}/decline", "OPS", 403, () -> as(identity.ops()).post("/waitlist/offers/" + UUID.randomUUID() + "/decline", Map.of())),

                new Row("DELETE /waitlist/{id}", "OPS", 403, () -> as(identity.ops()).delete("/waitlist/" + placeOf(clientA, clinicA))),
                new Row("GET /clients/{clientId}/waitlist", "ADMIN", 403, () -> as(identity.admin()).get("/clients/" + clientA + "/waitlist")),
                new Row("GET /waitlist/offers/{id}", "ADMIN", 403, () -> as(identity.admin()).get("/waitlist/offers/" + UUID.randomUUID())),
                new Row("GET /waitlist/offers/{id}", "FRONT_DESK, an offer nobody made", 404, () -> as(identity.frontDesk(clinicA)).get("/waitlist/offers/" + UUID.randomUUID())),
                new Row("POST /waitlist/offers/{id}/decline", "ADMIN", 403, () -> as(identity.admin()).post("/waitlist/offers/" + UUID.randomUUID() + "/decline", Map.of())),
                new Row("POST /waitlist/offers/{id}/decline", "CLIENT, an offer nobody made", 404, () -> as(identity.client(clientA)).post("/waitlist/offers/" + UUID.randomUUID() + "/decline", Map.of())),
                new Row("POST /waitlist/offers/{id}/decline", "THERAPIST", 403, () -> as(identity.therapist(therapistA)).post("/waitlist/offers/" + UUID.randomUUID() + "/decline", Map.of())),
                new Row("POST /waitlist/offers/{id}/take", "FRONT_DESK, an offer nobody made", 404, () -> as(identity.frontDesk(clinicA)).post("/waitlist/offers/" + UUID.randomUUID() + "/take", Map.of())),
                new Row("POST /waitlist/offers/{id}/take", "OPS", 403, () -> as(identity.ops()).post("/waitlist/offers/" + UUID.randomUUID() + "/take", Map.of())),

                new Row("GET /replies/{token}", "anonymous, a link nobody signed", 404, () -> anonymous().get("/replies/not-a-signed-link")),
                new Row("POST /replies/{token}", "anonymous, a link nobody signed", 404, () -> anonymous().post("/replies/not-a-signed-link", Map.of())),
                new Row("POST /sms/replies", "anonymous, not signed by the provider", 401, () -> anonymous().post("/sms/replies", Map.of("from", "+351912345678", "text", "C"))),
                new Row("GET /replies/{token}", "CLIENT, a link nobody signed", 404, () -> as(identity.client(clientA)).get("/replies/not-a-signed-link")),
                new Row("POST /replies/{token}", "CLIENT, a link nobody signed", 404, () -> as(identity.client(clientA)).post("/replies/not-a-signed-link", Map.of())),
                new Row("POST /sms/replies", "CLIENT, not signed by the provider", 401, () -> as(identity.client(clientA)).post("/sms/replies", Map.of("from", "+351912345678", "text", "C"))),
                new Row("GET /replies/{token}", "THERAPIST, a link nobody signed", 404, () -> as(identity.therapist(therapistA)).get("/replies/not-a-signed-link")),
                new Row("POST /replies/{token}", "THERAPIST, a link nobody signed", 404, () -> as(identity.therapist(therapistA)).post("/replies/not-a-signed-link", Map.of())),
                new Row("POST /sms/replies", "THERAPIST, not signed by the provider", 401, () -> as(identity.therapist(therapistA)).post("/sms/replies", Map.of("from", "+351912345678", "text", "C"))),
                new Row("GET /replies/{token}", "FRONT_DESK, a link nobody signed", 404, () -> as(identity.frontDesk(clinicA)).get("/replies/not-a-signed-link")),
                new Row("POST /replies/{token}", "FRONT_DESK, a link nobody signed", 404, () -> as(identity.frontDesk(clinicA)).post("/replies/not-a-signed-link", Map.of())),
                new Row("POST /sms/replies", "FRONT_DESK, not signed by the provider", 401, () -> as(identity.frontDesk(clinicA)).post("/sms/replies", Map.of("from", "+351912345678", "text", "C"))),
                new Row("GET /replies/{token}", "OPS, a link nobody signed", 404, () -> as(identity.ops()).get("/replies/not-a-signed-link")),
                new Row("POST /replies/{token}", "OPS, a link nobody signed", 404, () -> as(identity.ops()).post("/replies/not-a-signed-link", Map.of())),
                new Row("POST /sms/replies", "OPS, not signed by the provider", 401, () -> as(identity.ops()).post("/sms/replies", Map.of("from", "+351912345678", "text", "C"))),
                new Row("GET /replies/{token}", "ADMIN, a link nobody signed", 404, () -> as(identity.admin()).get("/replies/not-a-signed-link")),
                new Row("POST /replies/{token}", "ADMIN, a link nobody signed", 404, () -> as(identity.admin()).post("/replies/not-a-signed-link", Map.of())),
                new Row("POST /sms/replies", "ADMIN, not signed by the provider", 401, () -> as(identity.admin()).post("/sms/replies", Map.of("from", "+351912345678", "text", "C"))),

                new Row("PATCH /treatment-plans/{id}", "anonymous", 401, () -> anonymous().send("PATCH", "/treatment-plans/" + planA, "application/json", "{}".getBytes())),
                new Row("PATCH /treatment-plans/{id}", "CLIENT own", 200, () -> as(identity.client(clientA)).send("PATCH", "/treatment-plans/" + planA, "application/json", "{}".getBytes())),
                new Row("PATCH /treatment-plans/{id}", "CLIENT other's", 404, () -> as(identity.client(clientA)).send("PATCH", "/treatment-plans/" + planB, "application/json", "{}".getBytes())),
                new Row("PATCH /treatment-plans/{id}", "THERAPIST of the plan", 200, () -> as(identity.therapist(therapistA)).send("PATCH", "/treatment-plans/" + planA, "application/json", "{}".getBytes())),
                new Row("PATCH /treatment-plans/{id}", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).send("PATCH", "/treatment-plans/" + planB, "application/json", "{}".getBytes())),
                new Row("PATCH /treatment-plans/{id}", "OPS", 403, () -> as(identity.ops()).send("PATCH", "/treatment-plans/" + planA, "application/json", "{}".getBytes())),
                new Row("PATCH /treatment-plans/{id}", "ADMIN", 403, () -> as(identity.admin()).send("PATCH", "/treatment-plans/" + planA, "application/json", "{}".getBytes())),
                new Row("POST /treatment-plans/{id}/end", "anonymous", 401, () -> anonymous().post("/treatment-plans/" + planB + "/end", Map.of())),
                new Row("POST /treatment-plans/{id}/end", "CLIENT other's", 404, () -> as(identity.client(clientA)).post("/treatment-plans/" + planB + "/end", Map.of())),
                new Row("POST /treatment-plans/{id}/end", "THERAPIST other's", 404, () -> as(identity.therapist(therapistA)).post("/treatment-plans/" + planB + "/end", Map.of())),
                new Row("POST /treatment-plans/{id}/end", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).post("/treatment-plans/" + planB + "/end", Map.of())),
                new Row("POST /treatment-plans/{id}/end", "OPS", 403, () -> as(identity.ops()).post("/treatment-plans/" + planB + "/end", Map.of())),
                new Row("POST /treatment-plans/{id}/end", "ADMIN", 403, () -> as(identity.admin()).post("/treatment-plans/" + planB + "/end", Map.of())),

                new Row("POST /treatment-plans/{id}/series", "anonymous", 401, () -> anonymous().post("/treatment-plans/" + planB + "/series", series())),
                new Row("POST /treatment-plans/{id}/series", "CLIENT other's", 404, () -> as(identity.client(clientA)).post("/treatment-plans/" + planB + "/series", series())),
                new Row("POST /treatment-plans/{id}/series", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).post("/treatment-plans/" + planB + "/series", series())),
                new Row("POST /treatment-plans/{id}/series", "THERAPIST", 403, () -> as(identity.therapist(therapistB)).post("/treatment-plans/" + planB + "/series", series())),
                new Row("POST /treatment-plans/{id}/series", "OPS", 403, () -> as(identity.ops()).post("/treatment-plans/" + planB + "/series", series())),
                new Row("POST /treatment-plans/{id}/series", "ADMIN", 403, () -> as(identity.admin()).post("/treatment-plans/" + planB + "/series", series())),

                new Row("GET /sessions/{id}/intake", "anonymous", 401, () -> anonymous().get("/sessions/" + sessionA + "/intake")),
                new Row("GET /sessions/{id}/intake", "CLIENT own", 200, () -> as(identity.client(clientA)).get("/sessions/" + sessionA + "/intake")),
                new Row("GET /sessions/{id}/intake", "CLIENT other's", 404, () -> as(identity.client(clientA)).get("/sessions/" + sessionB + "/intake")),
                new Row("GET /sessions/{id}/intake", "THERAPIST treating it", 200, () -> as(identity.therapist(therapistA)).get("/sessions/" + sessionA + "/intake")),
                new Row("GET /sessions/{id}/intake", "THERAPIST other's", 404, () -> as(identity.therapist(therapistA)).get("/sessions/" + sessionB + "/intake")),
                new Row("GET /sessions/{id}/intake", "THERAPIST a day after it ended", 404, () -> as(identity.therapist(therapistA)).get("/sessions/" + endedDaysAgo(clientA, therapistA, clinicA) + "/intake")),
                new Row("GET /sessions/{id}/intake", "FRONT_DESK own clinic", 200, () -> as(identity.frontDesk(clinicA)).get("/sessions/" + sessionA + "/intake")),
                new Row("GET /sessions/{id}/intake", "FRONT_DESK other clinic", 404, () -> as(identity.frontDesk(clinicA)).get("/sessions/" + sessionB + "/intake")),
                new Row("GET /sessions/{id}/intake", "OPS (no intake data)", 403, () -> as(identity.ops()).get("/sessions/" + sessionA + "/intake")),
                new Row("GET /sessions/{id}/intake", "ADMIN", 403, () -> as(identity.admin()).get("/sessions/" + sessionA + "/intake")));
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_each_caller_as_the_table_says() {
        return AccessMatrix.asTests(matrix());
    }

    @Test
    void no_endpoint_is_missing_from_the_table() {
        AccessMatrix.requireCompleteFor(mappings, matrix());
    }

    @Test
    void a_client_hammering_the_booking_endpoints_is_slowed_down_with_429_and_retry_after() {
        UUID impatient = UUID.randomUUID();
        UUID patient = UUID.randomUUID();
        ServiceClient hammering = as(identity.client(impatient));
        assertThat(hammering.post("/clients", profile()).status()).isEqualTo(201);
        assertThat(as(identity.client(patient)).post("/clients", profile()).status()).isEqualTo(201);

        List<HttpResponseBody> answers = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> hammering.get("/clients/" + impatient)).toList();

        assertThat(answers).extracting(HttpResponseBody::status).contains(200, 429);
        assertThat(as(identity.client(patient)).get("/clients/" + patient).status()).isEqualTo(200);
    }

    @Test
    void the_audit_trail_names_who_booked_a_session_and_as_what() {
        HttpResponseBody entries = as(identity.ops()).get("/audit?objectId=" + sessionA);

        assertThat(entries.json().get(0).path("subject").asString()).isEqualTo(clientA.toString());
        assertThat(entries.json().get(0).path("roles").asString()).isEqualTo("CLIENT");
        assertThat(entries.json().get(0).path("action").asString()).isEqualTo("SESSION_BOOKED");
    }

    @Test
    void the_treating_therapist_reading_the_intake_is_audited_with_whose_it_is_and_why() {
        assertThat(as(identity.client(clientA)).post("/clients/" + clientA + "/intake", intake()).status()).isEqualTo(201);
        UUID ana = therapistA;

        assertThat(as(identity.therapist(ana)).get("/sessions/" + sessionA + "/intake").status()).isEqualTo(200);

        HttpResponseBody entries = as(identity.admin()).get("/audit?objectId=" + clientA);
        assertThat(entries.json().get(0).path("action").asString()).isEqualTo("INTAKE_READ");
        assertThat(entries.json().get(0).path("subject").asString()).isEqualTo(ana.toString());
        assertThat(entries.json().get(0).path("roles").asString()).isEqualTo("THERAPIST");
        assertThat(entries.json().get(0).path("reason").asString()).isEqualTo("session " + sessionA);
        assertThat(entries.json().get(0).path("occurredAt").asString()).isNotBlank();
    }

    @Test
    void a_client_reading_their_own_intake_is_audited_too() {
        assertThat(as(identity.client(clientA)).post("/clients/" + clientA + "/intake", intake()).status()).isEqualTo(201);

        assertThat(as(identity.client(clientA)).get("/clients/" + clientA + "/intake").status()).isEqualTo(200);

        HttpResponseBody entries = as(identity.ops()).get("/audit?objectId=" + clientA);
        assertThat(entries.json().get(0).path("action").asString()).isEqualTo("INTAKE_READ");
        assertThat(entries.json().get(0).path("reason").asString()).isEqualTo("client record");
    }

    @Test
    void the_audit_trail_cannot_be_rewritten_even_by_the_database_user() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
                .hasMessageContaining("append-only");
    }

    private HttpResponseBody book(String token, UUID client, UUID therapist, UUID clinic) {
        return as(token).post("/sessions", booking(client, therapist, clinic));
    }

    private HttpResponseBody bookAnonymously() {
        return anonymous().post("/sessions", booking(clientA, therapistA, clinicA));
    }

    private Map<String, Object> booking(UUID client, UUID therapist, UUID clinic) {
        ZonedDateTime start = LocalDate.now(clock.withZone(LISBON)).plusDays(2).atStartOfDay(LISBON)
                .plusHours(1L + 2L * (slots.getAndIncrement() % 11)).plusDays(slots.get() / 11);
        return Map.of("clientId", client.toString(), "therapistId", therapist.toString(), "clinicId", clinic.toString(),
                "startsAt", start.toOffsetDateTime().toString(), "durationMinutes", 60);
    }

    /** The rest of a plan, weekly from a morning some weeks ahead. */
    private Map<String, Object> series() {
        return Map.of("firstStartsAt", LocalDate.now(clock.withZone(LISBON)).plusDays(40).atTime(LocalTime.of(9, 0))
                .atZone(LISBON).toOffsetDateTime().toString(), "durationMinutes", 60);
    }

    /** A place in line for lower-back care at the clinic, on Tuesday mornings. */
    private static Map<String, Object> wish(UUID client, UUID clinic) {
        return Map.of("clientId", client.toString(), "concern", "LOWER_BACK_PAIN", "clinicId", clinic.toString(),
                "weekdays", List.of("TUESDAY"), "earliest", "09:00", "latest", "12:00", "durationMinutes", 60);
    }

    /** A new place in line of the client, joined as the client (its earlier places let go, to stay under the cap). */
    private UUID placeOf(UUID client, UUID clinic) {
        jdbc.sql("UPDATE waitlist_entry SET state = 'LEFT' WHERE client_id = :client").param("client", client).update();
        HttpResponseBody joined = as(identity.client(client)).post("/waitlist", wish(client, clinic));
        assertThat(joined.status()).as(joined.json().toString()).isEqualTo(201);
        return UUID.fromString(joined.text("id"));
    }

    private static Map<String, Object> plan(UUID client, UUID therapist, UUID clinic) {
        return Map.of("clientId", client.toString(), "therapistId", therapist.toString(), "clinicId", clinic.toString(),
                "concern", "LOWER_BACK_PAIN", "sessions", 4, "intervalDays", 7);
    }

    /** A walk-in registered by the front desk of the clinic, known there and nowhere else. */
    private UUID walkIn(UUID clinic) {
        HttpResponseBody registered = as(identity.frontDesk(clinic)).post("/clients", profile());
        assertThat(registered.status()).as(registered.json().toString()).isEqualTo(201);
        return UUID.fromString(registered.text("id"));
    }

    private UUID freshClient() {
        UUID fresh = UUID.randomUUID();
        assertThat(as(identity.client(fresh)).post("/clients", profile()).status()).isEqualTo(201);
        return fresh;
    }

    /** An intake every therapist here can treat: lower back pain, no conditions. */
    private static Map<String, Object> intake() {
        return Map.of("concerns", List.of("LOWER_BACK_PAIN"), "painLevel", 3);
    }

    private String futureSession(UUID client, UUID therapist, UUID clinic) {
        return book(identity.client(client), client, therapist, clinic).text("id");
    }

    /** A session that began two hours ago, written straight to the table: bookings cannot be made in the past. */
    private String startedSession(UUID client, UUID therapist, UUID clinic) {
        java.time.Instant start = clock.instant().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .minus(Duration.ofDays(slots.getAndIncrement()));
        return SessionRows.insertBooked(jdbc, client, therapist, clinic, start, Duration.ofHours(1), Duration.ZERO, null)
                .toString();
    }

    /** A session at the clinic starting this minute, written to the table: the API books nothing this soon. */
    private String sessionToday(UUID client, UUID clinic) {
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return SessionRows.insertBooked(jdbc, client, UUID.randomUUID(), clinic, now, Duration.ofMinutes(30),
                Duration.ZERO, null).toString();
    }

    private static String disruptions(UUID clinic) {
        return "/clinics/" + clinic + "/disruptions";
    }

    private String clinicDay(UUID clinic) {
        return "/clinics/" + clinic + "/sessions?date=" + LocalDate.now(clock.withZone(LISBON)).plusDays(2);
    }

    private String therapistWeek(UUID therapist) {
        LocalDate from = LocalDate.now(clock.withZone(LISBON));
        return "/therapists/" + therapist + "/sessions?from=" + from + "&to=" + from.plusDays(6);
    }

    /** A session of this therapist that ended three days ago. */
    private String endedDaysAgo(UUID client, UUID therapist, UUID clinic) {
        java.time.Instant start = clock.instant().minus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .minus(Duration.ofHours(slots.getAndIncrement()));
        return SessionRows.insertBooked(jdbc, client, therapist, clinic, start, Duration.ofHours(1), Duration.ZERO, null)
                .toString();
    }

        private Map<String, Object> newStart() {
        return Map.of("startsAt", booking(clientA, therapistA, clinicA).get("startsAt"));
    }

    private String availability() {
        ZonedDateTime from = LocalDate.now(clock.withZone(LISBON)).plusDays(5).atStartOfDay(LISBON);
        return "/availability?clinicId=" + clinicA + "&from=" + from.toOffsetDateTime() + "&to="
                + from.plusDays(1).toOffsetDateTime() + "&duration=60";
    }

    private String clinicDays() {
        LocalDate today = LocalDate.now(clock.withZone(LISBON));
        return "/reports/clinic-days?from=" + today.minusDays(6) + "&to=" + today;
    }

    private static Map<String, Object> withRegisteringClinic(UUID clinic) {
        Map<String, Object> profile = new java.util.HashMap<>(profile());
        profile.put("registeringClinicId", clinic.toString());
        return profile;
    }

    private static Map<String, Object> profile() {
        return Map.of("name", "Joana Reis", "email", "joana@example.org", "timeZone", "Europe/Lisbon",
                "language", "pt", "preferredChannel", "EMAIL");
    }

    private void publishClinic(UUID id) {
        PublishedEvents.publish(brokers, new ClinicUpdatedV1(UUID.randomUUID(), clock.instant(), id, "Clinic " + id,
                "Lisbon", "Rua 1", "Europe/Lisbon", 5, 10, 1), "/clinicnet/therapist-service");
    }

    private void publishTherapist(UUID id, UUID clinic) {
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(id, clinic, "LOWER_BACK", 2, 1),
                "/clinicnet/therapist-service");
    }

    private ServiceClient as(String token) {
        return ServiceClient.onPort(port).as(token);
    }

    private ServiceClient anonymous() {
        return ServiceClient.onPort(port);
    }
}
