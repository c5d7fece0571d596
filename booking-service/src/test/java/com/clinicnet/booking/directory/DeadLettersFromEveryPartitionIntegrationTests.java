package com.clinicnet.booking.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.testsupport.PrometheusText;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;

/**
 * A dead-letter topic with fewer partitions than the topic it serves, as a consumer that started before the
 * publisher used to leave it: a record from any partition still reaches it. (Sent to the partition it came from, a
 * record of partition 2 found no such partition, and the binder only logged the failed send and went on: lost.)
 * The specialty catalogue consumer reads a topic of its own here, made before the service starts.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        "spring.cloud.stream.bindings.onSpecialtyDescribed-in-0.destination="
                + DeadLettersFromEveryPartitionIntegrationTests.TOPIC,
        "spring.cloud.stream.kafka.bindings.onSpecialtyDescribed-in-0.consumer.dlq-name="
                + DeadLettersFromEveryPartitionIntegrationTests.TOPIC + ".dlq" })
class DeadLettersFromEveryPartitionIntegrationTests {

    static final String TOPIC = "specialty.catalog.with-a-narrow-dlq";
    private static final int PARTITIONS = 3;
    private static final Duration WITHIN = Duration.ofSeconds(30);

    static {
        a_topic_of_three_partitions_whose_dead_letter_topic_has_one();
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void an_unreadable_record_from_every_partition_reaches_the_one_partition_dead_letter_topic_and_is_counted() {
        String deadLetters = "clinicnet_dead_letters_total{application=\"booking-service\",topic=\"" + TOPIC + "\"}";
        double before = PrometheusText.valueOf(metrics(), deadLetters);

        for (int partition = 0; partition < PARTITIONS; partition++) {
            PublishedEvents.publishRaw(brokers, TOPIC, partition, "UNREADABLE_" + partition,
                    "{not json".getBytes(StandardCharsets.UTF_8),
                    Map.of(CloudEventHeaders.TYPE, "clinicnet.therapist.SpecialtyDescribed.v1"));
        }

        await().atMost(WITHIN).until(() -> TopicRecords.all(brokers, Topics.deadLetterOf(TOPIC)).stream()
                .map(record -> record.key()).toList(), keys -> keys.containsAll(List.of("UNREADABLE_0",
                        "UNREADABLE_1", "UNREADABLE_2")));
        assertThat(PrometheusText.valueOf(metrics(), deadLetters)).isEqualTo(before + PARTITIONS);
    }

    private String metrics() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops()).getText("/actuator/prometheus");
    }

    private static void a_topic_of_three_partitions_whose_dead_letter_topic_has_one() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.shared().kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1),
                    new NewTopic(Topics.deadLetterOf(TOPIC), 1, (short) 1))).all().get();
        }
        catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
