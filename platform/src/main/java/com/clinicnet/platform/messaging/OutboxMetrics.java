package com.clinicnet.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * How far the outbox is behind: events stored but not yet acknowledged by the broker, and the age of the oldest.
 * Read from the publication table at each scrape. In Prometheus: {@code clinicnet_outbox_backlog} and
 * {@code clinicnet_outbox_oldest_age_seconds} (0 when nothing waits).
 */
class OutboxMetrics implements MeterBinder {

    private static final String INCOMPLETE = "FROM event_publication WHERE completion_date IS NULL";

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("clinicnet.outbox.backlog", this::backlog)
                .description("Events stored in the outbox and not yet acknowledged by the broker")
                .register(meters);
        Gauge.builder("clinicnet.outbox.oldest.age", this::oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest event not yet acknowledged by the broker")
                .register(meters);
    }

    private double backlog() {
        return jdbc.sql("SELECT count(*) " + INCOMPLETE).query(Long.class).single();
    }

    private double oldestAgeSeconds() {
        return jdbc.sql("SELECT min(publication_date) " + INCOMPLETE).query(Timestamp.class).optional()
                .map(oldest -> Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0)
                .orElse(0.0);
    }
}
