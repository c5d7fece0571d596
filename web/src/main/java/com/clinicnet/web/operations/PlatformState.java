package com.clinicnet.web.operations;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.clinicnet.web.services.ServiceClient;

/**
 * Each service's state as operations need it at a glance: ready or not, and from its Prometheus metrics the outbox
 * backlog and its oldest event's age, dead letters, consumer lag, the reminders' p99 delay and its circuit breakers.
 * A service that does not answer is shown unreachable; the page does not fail for it.
 */
@Component
class PlatformState {

    static final String OUTBOX_BACKLOG = "clinicnet_outbox_backlog";
    static final String OUTBOX_OLDEST_AGE = "clinicnet_outbox_oldest_age_seconds";
    static final String DEAD_LETTERS = "clinicnet_dead_letters_total";
    static final String CONSUMER_LAG = "spring_cloud_stream_binder_kafka_offset";
    static final String REMINDER_DELAY = "clinicnet_notification_delay_seconds";
    static final String CIRCUIT_BREAKERS = "resilience4j_circuitbreaker_state";
    private static final String READY = "UP";

    private final Map<String, ServiceClient> services;
    private final List<String> names;

    PlatformState(@Qualifier("bookingServiceClient") ServiceClient booking,
            @Qualifier("therapistServiceClient") ServiceClient therapist,
            @Qualifier("notificationServiceClient") ServiceClient notification, OperationsPages pages) {
        this.services = Map.of("booking", booking, "therapist", therapist, "notification", notification);
        this.names = pages.platformServices();
    }

    /** One service: whether it answered, its readiness, and its figures (null where it does not expose one). */
    record Service(String name, boolean reachable, String readiness, Double outboxBacklog, Double outboxOldestAgeSeconds,
            Double deadLetters, Double consumerLag, Double reminderDelayP99Seconds, Map<String, String> circuitBreakers) {

        static Service unreachable(String name) {
            return new Service(name, false, null, null, null, null, null, null, Map.of());
        }
    }

    List<Service> now() {
        return names.stream().map(this::of).toList();
    }

    private Service of(String name) {
        ServiceClient client = services.get(name);
        if (client == null) {
            return Service.unreachable(name);
        }
        String readiness;
        try {
            readiness = client.call("readiness", rest -> rest.get().uri("/actuator/health/readiness")
                    .exchange((request, response) -> response.getStatusCode().is2xxSuccessful() ? READY : "DOWN"));
        }
        catch (RuntimeException unanswered) {
            return Service.unreachable(name);
        }
        PrometheusText metrics;
        try {
            metrics = PrometheusText.parse(client.call("metrics", rest -> rest.get().uri("/actuator/prometheus")
                    .accept(MediaType.TEXT_PLAIN).retrieve().body(String.class)));
        }
        catch (RuntimeException unanswered) {
            return new Service(name, true, readiness, null, null, null, null, null, Map.of());
        }
        return new Service(name, true, readiness, value(metrics.sum(OUTBOX_BACKLOG)), value(metrics.max(OUTBOX_OLDEST_AGE)),
                value(metrics.sum(DEAD_LETTERS)), value(metrics.sum(CONSUMER_LAG)), value(metrics.p99(REMINDER_DELAY)),
                metrics.states(CIRCUIT_BREAKERS));
    }

    private static Double value(OptionalDouble figure) {
        return figure.isPresent() ? figure.getAsDouble() : null;
    }
}
