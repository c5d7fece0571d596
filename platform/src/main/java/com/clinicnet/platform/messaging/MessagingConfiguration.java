package com.clinicnet.platform.messaging;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.events.EventType;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event of the published language that a service publishes inside a transaction is stored in the
 * outbox and, after commit, sent to its topic keyed by its subject, with the CloudEvents headers.
 */
@AutoConfiguration(beforeName = { "org.springframework.modulith.events.kafka.KafkaJacksonConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@EnableScheduling
@EnableConfigurationProperties({ OutboxProperties.class, ReceivedEventsProperties.class })
public class MessagingConfiguration {

    @Bean
    EventExternalizationConfiguration publishedLanguageRouting(
            @Value("${clinicnet.events.source:/clinicnet/${spring.application.name}}") String source) {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof ClinicNetEvent)
                .routeAll(event -> routeOf((ClinicNetEvent) event))
                .headers(event -> CloudEventHeaders.of((ClinicNetEvent) event, source))
                .build();
    }

    @Bean
    OutboxMetrics outboxMetrics(JdbcClient jdbc, Clock clock) {
        return new OutboxMetrics(jdbc, clock);
    }

    @Bean
    OutboxResubmission outboxResubmission(IncompleteEventPublications incomplete, OutboxProperties properties) {
        return new OutboxResubmission(incomplete, properties);
    }

    @Bean
    RecordMessageConverter publishedLanguageConverter(JsonMapper json) {
        return new PublishedLanguageConverter(json);
    }

    @Bean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }

    @Bean
    DeadLetters deadLetters(MeterRegistry meters) {
        return new DeadLetters(meters);
    }

    @Bean
    ReceivedEvents receivedEvents(JdbcClient jdbc) {
        return new ReceivedEvents(jdbc);
    }

    @Bean
    ReceivedEventsRetention receivedEventsRetention(JdbcClient jdbc, PlatformTransactionManager transactions,
            ReceivedEventsProperties properties, Clock clock) {
        return new ReceivedEventsRetention(jdbc, new TransactionTemplate(transactions), properties, clock);
    }

    private static RoutingTarget routeOf(ClinicNetEvent event) {
        return RoutingTarget.forTarget(EventType.of(event).topic()).andKey(event.subject());
    }
}
