package com.clinicnet.benchmarks.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.clinicnet.benchmarks.report.Project;
import com.clinicnet.launcher.LocalKafka;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.RememberingSmsProvider;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * ClinicNet as it runs for real, on this machine: a Kafka broker (KRaft) as a child process, a PostgreSQL server (a
 * child process of zonky's binaries, or Testcontainers where Docker runs), and the services as processes from their
 * jars with the JIT they run with in production (no {@code TieredStopAtLevel}, unlike the quick-start launcher). An
 * SMTP server (GreenMail) and an SMS provider (WireMock) answer at once, in the benchmark's JVM. Each scenario
 * starts only the services it measures, each on databases of its own.
 */
public final class BenchmarkedSystem implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    /** A run has no quota at the providers and sends thousands of requests as few callers. */
    private static final int UNLIMITED = 1_000_000;
    /** Jetty threads of the SMS provider: enough that two dispatching instances never queue at it. */
    private static final int PROVIDER_THREADS = 50;

    private final String scenario;
    private final Path logs;
    private final LocalKafka kafka;
    private final RealInfrastructure postgres = RealInfrastructure.shared();
    private final TestIdentityProvider identity = TestIdentityProvider.shared();
    private final List<RunningService> services = new ArrayList<>();
    private GreenMail smtp;
    private WireMockServer smsProvider;
    private RememberingSmsProvider smsMemory;

    private BenchmarkedSystem(String scenario) {
        this.scenario = scenario;
        Path target = Project.directory().resolve("benchmarks/target");
        this.logs = target.resolve("benchmarks").resolve(scenario).resolve("logs");
        this.kafka = LocalKafka.start(target.resolve("kafka-" + UUID.randomUUID()), freePort(), freePort(), logs);
    }

    public static BenchmarkedSystem start(String scenario) {
        BenchmarkedSystem system = new BenchmarkedSystem(scenario);
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "benchmark-stop"));
        return system;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl(String service) {
        return postgres.jdbcUrl(database(service));
    }

    public String databaseUser() {
        return postgres.username();
    }

    public String databasePassword() {
        return postgres.password();
    }

    public TestIdentityProvider identity() {
        return identity;
    }

    public GreenMail smtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        return smtp;
    }

    /** References of every SMS the provider received, repeats included. */
    public List<String> smsReceived() {
        return smsMemory == null ? List.of() : smsMemory.received();
    }

    public RunningService therapistService() {
        return startService("therapist-service", "therapist-service", List.of());
    }

    public RunningService bookingService() {
        return startService("booking-service", "booking-service",
                List.of("--clinicnet.security.rate-limit.requests-per-period=" + UNLIMITED));
    }

    /** A notification-service instance; several share one database and one consumer group. */
    public RunningService notificationService(String instance, List<String> extraArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp().getSmtp().getPort(),
                "--clinicnet.notifications.sms.url=" + smsProviderUrl() + "/sms",
                "--clinicnet.notifications.channels.sms.permits-per-period=" + UNLIMITED,
                "--clinicnet.notifications.channels.email.permits-per-period=" + UNLIMITED));
        arguments.addAll(extraArguments);
        return startService("notification-service", instance, arguments);
    }

    public List<RunningService> services() {
        return List.copyOf(services);
    }

    private RunningService startService(String service, String instance, List<String> extraArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl(service),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.ISSUER,
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + identity.jwkSetUri(),
                "--logging.level.root=warn"));
        arguments.addAll(extraArguments);
        ServiceProcess process = ServiceProcess.springBootJar(instance,
                Project.directory().resolve(service).resolve("target").resolve(service + ".jar"), freePort(), logs,
                JvmOptions.forService(instance, logs.getParent()), arguments);
        process.start();
        Duration readyIn = process.awaitReady(READY_WITHIN);
        RunningService running = new RunningService(instance, process, readyIn);
        services.add(running);
        System.out.printf("%s ready in %.1f s%n", instance, readyIn.toMillis() / 1000.0);
        return running;
    }

    private String smsProviderUrl() {
        if (smsProvider == null) {
            smsMemory = new RememberingSmsProvider();
            // no request journal: a burst of 100,000 sends would keep every request in memory
            smsProvider = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                    .disableRequestJournal().containerThreads(PROVIDER_THREADS).extensions(smsMemory));
            smsProvider.start();
            smsProvider.stubFor(WireMock.post("/sms").willReturn(WireMock.aResponse().withStatus(202)));
            smsProvider.stubFor(WireMock.get(WireMock.urlPathMatching("/sms/.*"))
                    .willReturn(WireMock.aResponse().withStatus(404)));
        }
        return smsProvider.baseUrl();
    }

    private String database(String service) {
        return "bench_" + scenario.replace('-', '_') + "_" + service.replace('-', '_');
    }

    @Override
    public synchronized void close() {
        services.forEach(service -> service.process().stop());
        services.clear();
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
        if (smsProvider != null) {
            smsProvider.stop();
            smsProvider = null;
        }
        kafka.close();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
