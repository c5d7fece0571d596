package com.clinicnet.booking;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.TopicDeclarations;

/** The topics this service owns. Contacts are compacted so an erased client leaves only a tombstone. */
@Configuration(proxyBeanMethods = false)
class PublishedTopicsConfiguration {

    @Value("${clinicnet.topics.partitions}")
    int partitions;

    @Value("${clinicnet.topics.replicas}")
    int replicas;

    @Bean
    NewTopic bookingSessionsTopic() {
        return TopicDeclarations.stream(Topics.BOOKING_SESSIONS, partitions, replicas);
    }

    @Bean
    NewTopic bookingPlansTopic() {
        return TopicDeclarations.stream(Topics.BOOKING_PLANS, partitions, replicas);
    }

    @Bean
    NewTopic clientContactsTopic() {
        return TopicDeclarations.compacted(Topics.CLIENT_CONTACTS, partitions, replicas);
    }
}
