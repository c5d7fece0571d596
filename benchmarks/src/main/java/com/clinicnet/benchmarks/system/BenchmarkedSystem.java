package com.clinicnet.benchmarks.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.clinicnet.benchmarks.report.Project;
import com.clinicnet.launcher.DemoCallers;
import com.clinicnet.launcher.LocalKafka;
import com.clinicnet.launcher.LocalKeycloak;
import com.clinicnet.launcher.LocalPostgres;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.RememberingSmsProvider;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * ClinicNet as it runs for real, on this machine: a Kafka broker (KRaft) and a PostgreSQL server (zonky's binaries)
 * as child processes, fresh for each run, and the services as processes from their jars with the JIT they run with
 * in production (no {@code TieredStopAtLevel}, unlike the quick-start launcher). PostgreSQL commits durably
 * (fsync and {@code synchronous_commit} on, {@link LocalPostgres}'s default, as a clinic would run it; zonky's
 * own default is off for both). An SMTP server (GreenMail) and an
 * SMS provider (WireMock) answer at once, in the benchmark's JVM. Each scenario starts only the services it measures.
 * The services trust the test token issuer, or a real Keycloak once a scenario has started one (then also the web).
 */
public final class BenchmarkedSystem implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    /** A run has no quota at the providers and sends thousands of requests as few callers. */
    private static final int UNLIMITED = 1_000_000;
    private static final List<String> SERVICES = List.of("therapist-service", "booking-service", "notification-service");
    /** The services' databases, one for the raw baselines and Keycloak's (used only when it is started). */
    private static final List<String> DATABASES = List.of("therapist_service", "booking_service",
            "notification_service", "raw", "keycloak");
    /** Jetty threads of the SMS provider: enough that two dispatching instances never queue at it. */
    private static final int PROVIDER_THREADS = 50;

    private final Path run;
    private boolean closed;
    private final Path logs;
    private final LocalKafka kafka;
    private final LocalPostgres postgres;
    private final TestIdentityProvider identity = TestIdentityProvider.shared();
    private final List<RunningService> services = new ArrayList<>();
    private GreenMail smtp;
    private WireMockServer smsProvider;
    private RememberingSmsProvider smsMemory;
    private LocalKeycloak keycloak;
    private LocalKeycloak.Setup keycloakSetup;
    private DemoCallers callers;
    /** Chosen with Keycloak: the realm's web client only lets people back to this address. */
    private int webPort;

    private BenchmarkedSystem(String scenario) {
        Path target = Project.directory().resolve("benchmarks/target");
        this.logs = target.resolve("benchmarks").resolve(scenario).resolve("logs");
        this.run = target.resolve("run-" + UUID.randomUUID());
        this.kafka = LocalKafka.start(run.resolve("kafka"), freePort(), freePort(), logs);
        this.postgres = LocalPostgres.start(run.resolve("postgres"), freePort(), DATABASES);
    }

    public static BenchmarkedSystem start(String scenario) {
        BenchmarkedSystem system = new BenchmarkedSystem(scenario);
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "benchmark-stop"));
        return system;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * A connection to a service's database, or to {@code raw}, the baselines' own; no password: the local server
     * trusts connections from this machine.
     */
    public Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database(service)), LocalPostgres.ROLE, "");
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

    /**
     * Starts Keycloak (the realm of docker/keycloak, its data in this run's PostgreSQL) from a fresh unpack of the
     * distribution, so its one-off preparation for PostgreSQL is part of this start. Services started afterwards
     * trust it instead of the test token issuer. {@link LocalKeycloak#startupTime()} tells how long it took.
     */
    public LocalKeycloak keycloak() {
        if (keycloak == null) {
            webPort = freePort();
            callers = new DemoCallers(run.resolve("demo-callers.properties"));
            keycloakSetup = new LocalKeycloak.Setup(
                    LocalKeycloak.distributionIn(Project.directory().resolve("launcher/target")),
                    run.resolve("keycloak-" + LocalKeycloak.version()), freePort(),
                    postgres.jdbcUrl("keycloak"), LocalPostgres.ROLE,
                    Project.directory().resolve("docker/keycloak/clinicnet-realm.json"),
                    LocalKeycloak.realmPlaceholders(callers.realmPlaceholders(), callers.secret(DemoCallers.WEB_CLIENT),
                            "http://localhost:" + webPort, "127.0.0.1", smtp().getSmtp().getPort()),
                    logs);
            keycloak = LocalKeycloak.start(keycloakSetup);
        }
        return keycloak;
    }

    /** Stops Keycloak and starts it again on the same installation and data (its realm is not imported again). */
    public LocalKeycloak restartKeycloak() {
        keycloak().close();
        keycloak = LocalKeycloak.start(keycloakSetup);
        return keycloak;
    }

    /** The demo machine callers of the realm (admin, client, ...), for their tokens. */
    public DemoCallers callers() {
        keycloak();
        return callers;
    }

    /**
     * The web application, signing people in at Keycloak and calling the services already started (therapist-,
     * booking- and notification-service, each by its first instance).
     */
    public RunningService web() {
        return startService("web", "web", webPort, List.of(
                "--clinicnet.web.oidc.issuer=" + keycloak().issuer(),
                // where the web itself reaches Keycloak: its default is the issuer of CLINICNET_OIDC_ISSUER, else :8180
                "--clinicnet.web.oidc.backchannel=" + keycloak().issuer(),
                "--clinicnet.web.oidc.client-secret=" + callers.secret(DemoCallers.WEB_CLIENT),
                "--clinicnet.web.services.booking=" + started("booking-service").baseUrl(),
                "--clinicnet.web.services.therapist=" + started("therapist-service").baseUrl(),
                "--clinicnet.web.services.notification=" + started("notification-service").baseUrl(),
                "--logging.level.root=warn"));
    }

    private RunningService started(String instance) {
        return services.stream().filter(service -> service.name().equals(instance)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Start " + instance + " before the web"));
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
                "--spring.datasource.url=" + postgres.jdbcUrl(database(service)),
                "--spring.datasource.username=" + LocalPostgres.ROLE,
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri="
                        + (keycloak == null ? TestIdentityProvider.ISSUER : keycloak.issuer()),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri="
                        + (keycloak == null ? identity.jwkSetUri() : keycloak.jwkSetUri()),
                "--logging.level.root=warn"));
        arguments.addAll(extraArguments);
        return startService(service, instance, freePort(), arguments);
    }

    private RunningService startService(String module, String instance, int port, List<String> arguments) {
        ServiceProcess process = ServiceProcess.springBootJar(instance,
                Project.directory().resolve(module).resolve("target").resolve(module + ".jar"), port, logs,
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

    private static String database(String service) {
        if (!SERVICES.contains(service) && !service.equals("raw")) {
            throw new IllegalArgumentException("No database for " + service);
        }
        return service.replace('-', '_');
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        services.forEach(service -> service.process().stop());
        services.clear();
        if (keycloak != null) {
            keycloak.close();
        }
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
        if (smsProvider != null) {
            smsProvider.stop();
            smsProvider = null;
        }
        kafka.close();
        postgres.close();
        deleteRecursively(run);
    }

    /** The run's broker and database data: each run starts from nothing, and 100,000 reminders take room. */
    private static void deleteRecursively(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
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
