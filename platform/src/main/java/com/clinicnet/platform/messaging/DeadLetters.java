package com.clinicnet.platform.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.Binder;
import org.springframework.cloud.stream.binder.BinderCustomizer;
import org.springframework.cloud.stream.binder.Binding;
import org.springframework.cloud.stream.binder.BindingCreatedEvent;
import org.springframework.cloud.stream.binder.ConsumerProperties;
import org.springframework.cloud.stream.binder.ProducerProperties;
import org.springframework.cloud.stream.binder.kafka.KafkaMessageChannelBinder;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.context.event.EventListener;

import com.clinicnet.events.Topics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Where the Kafka binder sends a record that a consumer could not take after its retries: {@code <topic>.dlq}, as
 * docs/architecture.md names it, counted by the topic it came from. In Prometheus: {@code clinicnet_dead_letters_total{topic}}.
 * The binder asks for that destination only for bindings with a DLQ, just before it sends the record there, so each
 * dead letter is counted once. Every consumed topic with a DLQ is served from zero as its binding starts, so an alert
 * on increase() has a series before the first dead letter.
 *
 * <p>The destination is handed to the binder by this customizer rather than as a {@code DlqDestinationResolver}
 * bean: that interface is a BiFunction, and Spring Cloud Stream would take such a bean for the one function to bind
 * in a service that names none (therapist-service).
 *
 * <p>The partition is left to Kafka, which picks it by the record's key: the binder's default, the partition the
 * record came from, fails when the dead-letter topic has fewer partitions than its source (a consumer that started
 * before the publisher created both with one), and the binder then only logs the failed send and commits, so the
 * record is lost. By key, a subject's dead letters also stay in order for a replay.
 */
public class DeadLetters implements BinderCustomizer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final String NAME = "clinicnet.dead.letters";
    private static final String DESCRIPTION = "Records sent to a dead-letter topic, by the topic they were consumed from";

    /** No partition: the producer's partitioner chooses one from the key, among the partitions the DLQ has. */
    static final DlqPartitionFunction BY_KEY = (group, record, cause) -> null;

    private final MeterRegistry meters;

    public DeadLetters(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void customize(Binder<?, ? extends ConsumerProperties, ? extends ProducerProperties> binder, String name) {
        if (binder instanceof KafkaMessageChannelBinder kafka) {
            kafka.setDlqDestinationResolver((record, cause) -> deadLetterOf(record.topic()));
            kafka.setDlqPartitionFunction(BY_KEY);
        }
    }

    /** Counts a record of this topic going to its dead-letter topic, and names that topic. */
    String deadLetterOf(String topic) {
        counterOf(topic).increment();
        return Topics.deadLetterOf(topic);
    }

    @EventListener
    void on(BindingCreatedEvent created) {
        if (!(created.getSource() instanceof Binding<?> binding) || !binding.isInput()
                || !(binding.getExtension() instanceof KafkaConsumerProperties kafka) || !kafka.isEnableDlq()) {
            return;
        }
        // a consumer binding is named after its destination: one topic, or several separated by commas
        for (String topic : binding.getName().split(",")) {
            String source = topic.trim();
            counterOf(source);
            if (kafka.getDlqName() != null && !kafka.getDlqName().equals(Topics.deadLetterOf(source))) {
                // the destination above wins over dlq-name, which then only decides which topic the binder creates
                log.warn("Binding {} names the dead-letter topic {}; its dead letters go to {}",
                        binding.getBindingName(), kafka.getDlqName(), Topics.deadLetterOf(source));
            }
        }
    }

    private Counter counterOf(String topic) {
        return Counter.builder(NAME).description(DESCRIPTION).tag("topic", topic).register(meters);
    }
}
