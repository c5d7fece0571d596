package com.clinicnet.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.TestIdentityProvider;

/**
 * The three services as separate processes from their packaged jars, started the way the launcher starts them,
 * against the shared real broker and database server of the test JVM and the given SMTP port.
 */
final class RunningClinicNet implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final List<String> JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    final ServiceProcess therapistService;
    final ServiceProcess bookingService;
    final ServiceProcess notificationService;

    private RunningClinicNet(ServiceProcess therapist, ServiceProcess booking, ServiceProcess notification) {
        this.therapistService = therapist;
        this.bookingService = booking;
        this.notificationService = notification;
    }

    /** The services trusting the tests' own token issuer, on databases named e2e_*. */
    static RunningClinicNet start(RealInfrastructure infrastructure, int smtpPort) {
        RunningClinicNet clinicNet = starting(infrastructure, smtpPort, "e2e_", TokenIssuer.ofTests());
        clinicNet.awaitReady();
        return clinicNet;
    }

    /**
     * Starts the services trusting the given token issuer, on databases named {prefix}*, without waiting for them:
     * what else a test starts (an identity provider, a web application) can start meanwhile.
     */
    static RunningClinicNet starting(RealInfrastructure infrastructure, int smtpPort, String databasePrefix,
            TokenIssuer issuer) {
        Path logs = projectDirectory().resolve("system-tests").resolve("target").resolve("service-logs");
        RunningClinicNet clinicNet = new RunningClinicNet(
                service("therapist-service", infrastructure, databasePrefix, issuer, logs, List.of()),
                // the test profile leaves the utilisation gauge to the tests (hourly); here it follows the flow
                service("booking-service", infrastructure, databasePrefix, issuer, logs,
                        List.of("--clinicnet.metrics.utilisation-every=PT2S")),
                service("notification-service", infrastructure, databasePrefix, issuer, logs,
                        List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort)));
        clinicNet.all().forEach(ServiceProcess::start);
        return clinicNet;
    }

    void awaitReady() {
        all().forEach(service -> service.awaitReady(READY_WITHIN));
    }

    /** Who signs the tokens the services accept: the tests' own issuer, or Keycloak. */
    record TokenIssuer(String issuer, String jwkSetUri) {

        static TokenIssuer ofTests() {
            return new TokenIssuer(TestIdentityProvider.ISSUER, TestIdentityProvider.shared().jwkSetUri());
        }
    }

    /** The therapist service, called by an administrator. */
    ServiceClient therapists() {
        return ServiceClient.onPort(therapistService.httpPort()).as(TestIdentityProvider.shared().admin());
    }

    /** The booking service, called by a signed-in client. */
    ServiceClient booking(java.util.UUID clientId) {
        return ServiceClient.onPort(bookingService.httpPort()).as(TestIdentityProvider.shared().client(clientId));
    }

    void restart(ServiceProcess service) {
        service.start().awaitReady(READY_WITHIN);
    }

    List<ServiceProcess> all() {
        return List.of(therapistService, bookingService, notificationService);
    }

    @Override
    public void close() {
        all().forEach(ServiceProcess::stop);
    }

    /** One more instance of a service, on its own port, sharing the database and consumer group of the first. */
    static ServiceProcess anotherInstance(String name, String instance, RealInfrastructure infrastructure, List<String> extra) {
        Path logs = projectDirectory().resolve("system-tests").resolve("target").resolve("service-logs");
        return ServiceProcess.springBootJar(name + "-" + instance, projectDirectory().resolve(name).resolve("target")
                .resolve(name + ".jar"), freePort(), logs, JVM,
                argumentsOf(name, infrastructure, "e2e_", TokenIssuer.ofTests(), extra));
    }

    private static List<String> argumentsOf(String name, RealInfrastructure infrastructure, String databasePrefix,
            TokenIssuer issuer, List<String> extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + infrastructure.jdbcUrl(databasePrefix + name.replace('-', '_')),
                "--spring.datasource.username=" + infrastructure.username(),
                "--spring.datasource.password=" + infrastructure.password(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer.jwkSetUri()));
        arguments.addAll(extra);
        return arguments;
    }

    private static ServiceProcess service(String name, RealInfrastructure infrastructure, String databasePrefix,
            TokenIssuer issuer, Path logs, List<String> extra) {
        Path jar = projectDirectory().resolve(name).resolve("target").resolve(name + ".jar");
        return ServiceProcess.springBootJar(name, jar, freePort(), logs, JVM,
                argumentsOf(name, infrastructure, databasePrefix, issuer, extra));
    }

    static Path projectDirectory() {
        return Path.of(System.getProperty("clinicnet.services.dir", "..")).toAbsolutePath().normalize();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
