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
    void the_broker_is_reported_to_operators_in_its_own_health_group() {
        assertThat(ServiceClient.onPort(port).get("/actuator/health/broker").status()).isEqualTo(200);
    }
}
