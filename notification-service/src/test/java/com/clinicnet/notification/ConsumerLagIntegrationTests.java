package com.clinicnet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.cloud.stream.binding.BindingsLifecycleController.State;

import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.testsupport.PrometheusText;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

/** Operators see a consumer falling behind as lag per topic, and see it shrink back when it catches up. */
@ServiceIntegrationTest
class ConsumerLagIntegrationTests {

    private static final String CONTACTS_BINDING = "onClientContactUpdated-in-0";
    private static final String CONTACTS_LAG = "spring_cloud_stream_binder_kafka_offset{application=\"notification-service\","
            + "group=\"notification-service\",topic=\"client.contacts\"}";
    private static final int WAITING = 5;
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    BindingsLifecycleController bindings;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void records_a_stopped_consumer_has_not_read_show_as_lag_on_its_topic_until_it_reads_them() {
        await().atMost(WITHIN).until(() -> lag() == 0);
        bindings.changeState(CONTACTS_BINDING, State.STOPPED);
        try {
            for (int i = 0; i < WAITING; i++) {
                UUID client = UUID.randomUUID();
                PublishedEvents.publish(brokers, new ClientContactUpdatedV2(UUID.randomUUID(), clock.instant(), client,
                        "Maria Costa", client + "@example.org", null, "Europe/Lisbon", "en", "EMAIL", null, null, false,
                        1), "/clinicnet/booking-service");
            }

            await().atMost(WITHIN).untilAsserted(() -> assertThat(lag()).isEqualTo(WAITING));
        }
        finally {
            bindings.changeState(CONTACTS_BINDING, State.STARTED);
        }

        await().atMost(WITHIN).untilAsserted(() -> assertThat(lag()).isZero());
    }

    private double lag() {
        String metrics = ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops()).getText("/actuator/prometheus");
        return PrometheusText.valueOf(metrics, CONTACTS_LAG);
    }
}
