package com.clinicnet.notification.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.events.ClinicUpdatedV1;
import com.clinicnet.events.ClinicUpdatedV2;
import com.clinicnet.events.TherapistProfileUpdatedV1;
import com.clinicnet.events.TherapistProfileUpdatedV2;
import com.clinicnet.events.TherapistRemovedV1;
import com.clinicnet.events.Topics;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceIntegrationTest;

/** The therapist service publishes its clinics and therapists; notification keeps the names a message may show. */
@ServiceIntegrationTest
class NamesIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String THERAPIST_SERVICE = "/clinicnet/therapist-service";
    private static final String GROUP = "notification-service";

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    Names names;

    @Autowired
    JdbcClient jdbc;

    @Test
    void given_a_clinic_published_by_therapist_service_when_notification_reads_it_then_messages_can_name_the_clinic() {
        UUID clinicId = UUID.randomUUID();

        publish(clinic(clinicId, "Clínica Lisboa Centro", 1));

        await().atMost(WITHIN).until(() -> names.clinicName(clinicId), name -> name.isPresent());
        assertThat(names.clinicName(clinicId)).contains("Clínica Lisboa Centro");
    }

    @Test
    void given_a_therapist_profile_when_notification_reads_it_then_messages_greet_by_the_first_name_alone() {
        UUID therapistId = UUID.randomUUID();

        publish(therapist(therapistId, "Ana Maria Silva", 1));

        await().atMost(WITHIN).until(() -> names.therapistFirstName(therapistId), name -> name.isPresent());
        assertThat(names.therapistFirstName(therapistId)).contains("Ana");
        assertThat(storedTherapistRow(therapistId)).doesNotContain("Maria").doesNotContain("Silva");
    }

    @Test
    void given_a_renamed_clinic_when_the_newer_copy_arrives_then_messages_use_the_new_name() {
        UUID clinicId = UUID.randomUUID();
        publish(clinic(clinicId, "Clínica Porto", 1));
        await().atMost(WITHIN).until(() -> names.clinicName(clinicId), name -> name.isPresent());

        publish(clinic(clinicId, "Clínica Porto Boavista", 2));

        await().atMost(WITHIN).until(() -> names.clinicName(clinicId),
                name -> name.equals(Optional.of("Clínica Porto Boavista")));
    }

    @Test
    void given_a_clinic_renamed_when_an_older_copy_arrives_late_then_the_newer_name_stays() {
        UUID clinicId = UUID.randomUUID();
        publish(clinic(clinicId, "Clínica Faro Marina", 3));
        await().atMost(WITHIN).until(() -> names.clinicName(clinicId), name -> name.isPresent());

        publish(new ClinicUpdatedV1(UUID.randomUUID(), Instant.now(), clinicId, "Clínica Faro", "Faro", "Rua 1",
                "Europe/Lisbon", 2, 10, 2));
        awaitConsumed(Topics.CLINIC_DIRECTORY);

        assertThat(names.clinicName(clinicId)).contains("Clínica Faro Marina");
    }

    @Test
    void given_a_therapist_profile_when_an_older_copy_arrives_late_then_the_newer_first_name_stays() {
        UUID therapistId = UUID.randomUUID();
        publish(therapist(therapistId, "Beatriz Costa", 5));
        await().atMost(WITHIN).until(() -> names.therapistFirstName(therapistId), name -> name.isPresent());

        publish(new TherapistProfileUpdatedV1(UUID.randomUUID(), Instant.now(), therapistId, "Bia Costa", true,
                List.of(UUID.randomUUID()), List.of(new TherapistProfileUpdatedV1.Specialty("LOWER_BACK", 2)), 4));
        awaitConsumed(Topics.THERAPIST_PROFILES);

        assertThat(names.therapistFirstName(therapistId)).contains("Beatriz");
    }

    @Test
    void given_a_therapist_profile_when_the_therapist_is_removed_then_messages_no_longer_name_them() {
        UUID therapistId = UUID.randomUUID();
        publish(therapist(therapistId, "Tiago Mendes", 1));
        await().atMost(WITHIN).until(() -> names.therapistFirstName(therapistId), name -> name.isPresent());

        publish(new TherapistRemovedV1(UUID.randomUUID(), Instant.now(), therapistId));

        await().atMost(WITHIN).until(() -> names.therapistFirstName(therapistId), name -> name.isEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM therapist WHERE id = :id").param("id", therapistId)
                .query(Integer.class).single()).isZero();
    }

    private void publish(ClinicNetEvent event) {
        PublishedEvents.publish(brokers, event, THERAPIST_SERVICE);
    }

    private static ClinicUpdatedV2 clinic(UUID id, String name, long version) {
        return new ClinicUpdatedV2(UUID.randomUUID(), Instant.now(), id, name, "Lisboa", "Rua Augusta 1",
                "Europe/Lisbon", 3, 10, 24 * 60, List.of(30, 60, 90), List.of(), version);
    }

    private static TherapistProfileUpdatedV2 therapist(UUID id, String name, long version) {
        return new TherapistProfileUpdatedV2(UUID.randomUUID(), Instant.now(), id, name, true, List.of("pt", "en"),
                List.of(UUID.randomUUID()), List.of(new TherapistProfileUpdatedV2.Specialty("SCIATICA", 3)), List.of(),
                List.of(), version);
    }

    private String storedTherapistRow(UUID therapistId) {
        return jdbc.sql("SELECT * FROM therapist WHERE id = :id").param("id", therapistId)
                .query().singleRow().toString();
    }

    /**
     * Waits until notification-service's consumer group has committed past every record on the topic so far: a late
     * record has then been applied (or ignored), and what the names show is their final answer.
     */
    private void awaitConsumed(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
            await().atMost(WITHIN).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
            });
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Cannot read the offsets of " + topic, e);
        }
    }
}
