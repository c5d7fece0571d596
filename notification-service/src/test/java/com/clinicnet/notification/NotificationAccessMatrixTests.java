package com.clinicnet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.clinicnet.testsupport.AccessMatrix;
import com.clinicnet.testsupport.AccessMatrix.Row;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

/**
 * Every endpoint of notification-service, for every role. Two clinics (A and B), each with a front desk and a
 * client who had a session there, and the notification of each session: "own" means the front desk's clinic, "other"
 * the other one, whose entries it must never see.
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationAccessMatrixTests {

    private static final String LOG = "GET /notifications";
    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final UUID clinicA = UUID.randomUUID();
    final UUID clinicB = UUID.randomUUID();
    final UUID clientA = UUID.randomUUID();
    final UUID clientB = UUID.randomUUID();
    final UUID sessionA = UUID.randomUUID();
    final UUID sessionB = UUID.randomUUID();
    UUID notificationA;
    UUID notificationB;

    @BeforeAll
    void two_clinics_each_with_a_client_who_was_sent_a_confirmation() {
        NotificationRows rows = new NotificationRows(jdbc);
        notificationA = rows.insert(clientA, clinicA, sessionA, "SENT", clock.instant(), clock.instant());
        notificationB = rows.insert(clientB, clinicB, sessionB, "SENT", clock.instant(), clock.instant());
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_each_caller_as_the_table_says() {
        return AccessMatrix.asTests(matrix());
    }

    @Test
    void no_endpoint_is_missing_from_the_table() {
        AccessMatrix.requireCompleteFor(mappings, matrix());
    }

    private List<Row> matrix() {
        String frontDeskA = identity.frontDesk(clinicA);
        String frontDeskB = identity.frontDesk(clinicB);
        String ofClientA = "/notifications?clientId=" + clientA;
        String ofClientB = "/notifications?clientId=" + clientB;
        String ofSessionA = "/notifications?sessionId=" + sessionA;
        String ofSessionB = "/notifications?sessionId=" + sessionB;
        String everything = "/notifications?limit=1000";
        return List.of(
                new Row(LOG, "anonymous", 401, () -> anonymous().get(everything)),
                new Row(LOG, "CLIENT", 403, () -> as(identity.client(clientA)).get(ofClientA)),
                new Row(LOG, "THERAPIST", 403, () -> as(identity.therapist(UUID.randomUUID())).get(ofSessionA)),
                new Row(LOG, "FRONT_DESK own clinic's client", 200,
                        () -> showsOnly(notificationA, () -> as(frontDeskA).get(ofClientA))),
                new Row(LOG, "FRONT_DESK own clinic's session", 200,
                        () -> showsOnly(notificationA, () -> as(frontDeskA).get(ofSessionA))),
                new Row(LOG, "FRONT_DESK own clinics, no filter", 200,
                        () -> showsOnly(notificationA, () -> as(frontDeskA).get(everything))),
                new Row(LOG, "FRONT_DESK other clinic's client", 404, () -> as(frontDeskA).get(ofClientB)),
                new Row(LOG, "FRONT_DESK other clinic's session", 404, () -> as(frontDeskA).get(ofSessionB)),
                new Row(LOG, "FRONT_DESK (B) own clinic's client", 200,
                        () -> showsOnly(notificationB, () -> as(frontDeskB).get(ofClientB))),
                new Row(LOG, "FRONT_DESK (B) own clinics, no filter", 200,
                        () -> showsOnly(notificationB, () -> as(frontDeskB).get(everything))),
                new Row(LOG, "FRONT_DESK (B) other clinic's client", 404, () -> as(frontDeskB).get(ofClientA)),
                new Row(LOG, "FRONT_DESK (B) other clinic's session", 404, () -> as(frontDeskB).get(ofSessionA)),
                new Row(LOG, "FRONT_DESK of no clinic, a client", 404, () -> as(identity.frontDesk()).get(ofClientA)),
                new Row(LOG, "OPS any clinic's client", 200,
                        () -> showsOnly(notificationB, () -> as(identity.ops()).get(ofClientB))),
                new Row(LOG, "OPS every clinic", 200,
                        () -> showsBoth(() -> as(identity.ops()).get(everything))),
                new Row(LOG, "ADMIN any clinic's session", 200,
                        () -> showsOnly(notificationA, () -> as(identity.admin()).get(ofSessionA))),
                new Row(LOG, "ADMIN every clinic", 200,
                        () -> showsBoth(() -> as(identity.admin()).get(everything))));
    }

    /** The answer lists the one notification and no other: the other clinic's entry is absent. */
    private static HttpResponseBody showsOnly(UUID notification, Supplier<HttpResponseBody> call) {
        return listing(call, ids -> assertThat(ids).containsExactly(notification.toString()));
    }

    private HttpResponseBody showsBoth(Supplier<HttpResponseBody> call) {
        return listing(call, ids -> assertThat(ids).contains(notificationA.toString(), notificationB.toString()));
    }

    /** Checks the ids an answer lists, when it lists any (a row expecting another status is judged by the table). */
    private static HttpResponseBody listing(Supplier<HttpResponseBody> call, Consumer<Set<String>> expectation) {
        HttpResponseBody answer = call.get();
        if (answer.status() == 200) {
            expectation.accept(idsIn(answer));
        }
        return answer;
    }

    private static Set<String> idsIn(HttpResponseBody answer) {
        return StreamSupport.stream(answer.json().spliterator(), false).map(entry -> entry.path("id").asString())
                .collect(Collectors.toSet());
    }

    private ServiceClient anonymous() {
        return ServiceClient.onPort(port);
    }

    private ServiceClient as(String token) {
        return anonymous().as(token);
    }
}
