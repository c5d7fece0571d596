package com.clinicnet.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TcpProxy;

/** booking-service reaches its database through a line the test can cut: readiness follows the database. */
@ServiceIntegrationTest
class ReadinessIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final URI DATABASE = URI.create(RealInfrastructure.shared().jdbcUrl("booking_service").substring(5));
    private static final TcpProxy line = TcpProxy.to(DATABASE.getHost(), DATABASE.getPort());

    @DynamicPropertySource
    static void theDatabaseIsReachedThroughTheProxy(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url",
                () -> "jdbc:postgresql://127.0.0.1:" + line.port() + DATABASE.getPath());
        properties.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    }

    @AfterAll
    static void closeTheLine() {
        line.close();
    }

    @LocalServerPort
    int port;

    @Test
    void readiness_goes_down_while_the_database_is_unreachable_and_comes_back_with_it_while_liveness_stays_up() {
        ServiceClient anonymous = ServiceClient.onPort(port);
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);

        line.cut();

        await().atMost(WITHIN).until(() -> anonymous.get("/actuator/health/readiness").status() == 503);
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);

        line.mend();

        await().atMost(WITHIN).until(() -> anonymous.get("/actuator/health/readiness").status() == 200);
    }

    @Test
    void while_the_database_is_unreachable_a_client_gets_a_503_problem_detail_to_retry_and_after_it_the_answer() {
        java.util.UUID client = java.util.UUID.randomUUID();
        ServiceClient signedIn = ServiceClient.onPort(port)
                .as(com.clinicnet.testsupport.TestIdentityProvider.shared().client(client));

        line.cut();
        com.clinicnet.testsupport.HttpResponseBody during;
        try {
            during = signedIn.get("/clients/" + client + "/sessions");
        }
        finally {
            line.mend();
        }

        assertThat(during.status()).isEqualTo(503);
        assertThat(during.json().path("status").asInt()).isEqualTo(503);
        assertThat(during.json().path("title").asString()).isEqualTo("Service unavailable");
        assertThat(during.json().toString()).doesNotContain("Exception").doesNotContain("jdbc");
        await().atMost(WITHIN).until(() -> signedIn.get("/clients/" + client + "/sessions").status() == 200);
    }

    @Test
    void the_broker_is_reported_to_operators_in_its_own_health_group() {
        assertThat(ServiceClient.onPort(port).get("/actuator/health/broker").status()).isEqualTo(200);
    }
}
