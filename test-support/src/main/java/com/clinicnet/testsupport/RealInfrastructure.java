package com.clinicnet.testsupport;

/**
 * A real Kafka broker (KRaft) and a real PostgreSQL server, shared by every test of a JVM.
 *
 * <p>The one switch: {@code -Dclinicnet.infrastructure=embedded|containers|auto} (or the environment variable
 * {@code CLINICNET_INFRASTRUCTURE}). {@code auto}, the default, uses Testcontainers where a Docker engine answers
 * and otherwise starts both servers from Maven Central artifacts: spring-kafka-test's KRaft broker in-process and
 * zonky's PostgreSQL binaries as a child process. A test never knows which it got.
 */
public interface RealInfrastructure {

    String kafkaBootstrapServers();

    /** A JDBC URL to a database of that name on the shared server, created on first use. */
    String jdbcUrl(String database);

    String username();

    String password();

    static RealInfrastructure shared() {
        return SharedInfrastructure.INSTANCE.get();
    }
}
