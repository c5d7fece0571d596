package com.clinicnet.platform.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/** How a publishing service declares its topics, so they exist with the right settings before the first event. */
public final class TopicDeclarations {

    private TopicDeclarations() {
    }

    /** A topic keeping the latest record per key: the full state of each clinic, therapist or contact. */
    public static NewTopic compacted(String name, int partitions, int replicas) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
    }

    /** A topic of things that happened, kept by time. */
    public static NewTopic stream(String name, int partitions, int replicas) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas).build();
    }
}
