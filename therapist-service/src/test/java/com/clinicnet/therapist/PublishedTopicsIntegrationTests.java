package com.clinicnet.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.Test;

import com.clinicnet.events.Topics;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.ServiceIntegrationTest;

/**
 * The directory topics are compacted whoever created them first. A consumer that starts before therapist-service
 * creates a topic it reads with the broker's defaults, which delete records after a week: booking's directory
 * rebuild, which replays the topics from their beginning, would then lose the clinics that had not changed since.
 * therapist-service, the owner, makes its declared settings true as it starts.
 */
@ServiceIntegrationTest
class PublishedTopicsIntegrationTests {

    private static final ConfigResource CLINIC_DIRECTORY = new ConfigResource(ConfigResource.Type.TOPIC,
            Topics.CLINIC_DIRECTORY);

    static {
        the_clinic_directory_created_by_a_consumer_that_started_first();
    }

    @Test
    void the_clinic_directory_a_consumer_created_without_compaction_is_compacted_once_its_owner_starts()
            throws Exception {
        try (Admin admin = admin()) {
            assertThat(admin.describeConfigs(List.of(CLINIC_DIRECTORY)).all().get().get(CLINIC_DIRECTORY)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    /** As a consumer's binder leaves it: the broker's cleanup policy (delete), whatever a test before set. */
    private static void the_clinic_directory_created_by_a_consumer_that_started_first() {
        try (Admin admin = admin()) {
            try {
                admin.createTopics(List.of(new NewTopic(Topics.CLINIC_DIRECTORY, 3, (short) 1))).all().get();
            }
            catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            admin.incrementalAlterConfigs(Map.of(CLINIC_DIRECTORY, List.of(new AlterConfigOp(new ConfigEntry(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE), AlterConfigOp.OpType.SET))))
                    .all().get();
        }
        catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.shared().kafkaBootstrapServers()));
    }
}
