package com.clinicnet.notification;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.TopicDeclarations;

@Configuration(proxyBeanMethods = false)
class PublishedTopicsConfiguration {

    @Bean
    NewTopic notificationOutcomesTopic(@Value("${clinicnet.topics.partitions}") int partitions,
            @Value("${clinicnet.topics.replicas}") int replicas) {
        return TopicDeclarations.stream(Topics.NOTIFICATION_OUTCOMES, partitions, replicas);
    }
}
