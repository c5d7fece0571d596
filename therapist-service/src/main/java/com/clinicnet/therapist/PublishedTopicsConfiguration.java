package com.clinicnet.therapist;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.TopicDeclarations;

/** The topics this service owns: both compacted, so a new reader can rebuild the whole directory. */
@Configuration(proxyBeanMethods = false)
class PublishedTopicsConfiguration {

    @Bean
    NewTopic clinicDirectoryTopic(@Value("${clinicnet.topics.partitions}") int partitions,
            @Value("${clinicnet.topics.replicas}") int replicas) {
        return TopicDeclarations.compacted(Topics.CLINIC_DIRECTORY, partitions, replicas);
    }

    @Bean
    NewTopic specialtyCatalogTopic(@Value("${clinicnet.topics.partitions}") int partitions,
            @Value("${clinicnet.topics.replicas}") int replicas) {
        return TopicDeclarations.compacted(Topics.SPECIALTY_CATALOG, partitions, replicas);
    }

    @Bean
    NewTopic therapistProfilesTopic(@Value("${clinicnet.topics.partitions}") int partitions,
            @Value("${clinicnet.topics.replicas}") int replicas) {
        return TopicDeclarations.compacted(Topics.THERAPIST_PROFILES, partitions, replicas);
    }
}
