package com.clinicnet.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole of ClinicNet on a machine with only a JDK: PostgreSQL, Kafka (KRaft), Keycloak, an SMTP mail catcher
 * and the three services as separate processes. Seeds a demo network and its people, prints the URLs, and stops
 * everything on Ctrl-C.
 */
public final class LocalClinicNet {

    private static final int POSTGRES_PORT = 5432;
    private static final int KAFKA_PORT = 9092;
    private static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final int SMTP_PORT = 3025;
    private static final int MAIL_LIST_PORT = 8025;
    private static final int PROMETHEUS_PORT = 9090;
    private static final int BOOKING_PORT = 8081;
    private static final int THERAPIST_PORT = 8082;
    private static final int NOTIFICATION_PORT = 8083;
    private static final int KEYCLOAK_PORT = 8180;
    /** The web app's address (built separately): where Keycloak sends people back after signing in. */
    private static final int WEB_PORT = 8080;
    private static final String WEB_BASE_URL = "http://localhost:" + WEB_PORT;
    private static final String LISBON = "ClinicNet Lisbon Baixa";
    private static final String PORTO = "ClinicNet Porto Boavista";
    private static final String ANA = "Ana Sousa";
    private static final Duration SERVICE_READY_WITHIN = Duration.ofMinutes(3);
    private static final List<String> SERVICE_JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final Path project;
    private final Path home;
    private final Path logs;

    private LocalClinicNet(Path project) {
        this.project = project;
        this.home = project.resolve(".clinicnet");
        this.logs = home.resolve("logs");
    }

    public static void main(String[] args) throws InterruptedException {
        LocalClinicNet clinicNet = new LocalClinicNet(Path.of(System.getProperty("clinicnet.project", ".")).toAbsolutePath().normalize());
        Runtime.getRuntime().addShutdownHook(new Thread(clinicNet::stopAll, "clinicnet-stop"));
        try {
            clinicNet.startAll();
        }
        catch (RuntimeException e) {
            System.err.println("ClinicNet could not start: " + e);
            System.exit(1);
        }
        Thread.currentThread().join();
    }

    private void startAll() {
        Instant begin = Instant.now();
        say("Starting the mail catcher (SMTP " + SMTP_PORT + ", list on " + MAIL_LIST_PORT + ")");
        running.push(LocalMessageCatcher.start(SMTP_PORT, MAIL_LIST_PORT));
        say("Starting PostgreSQL on " + POSTGRES_PORT + " (data in " + home.resolve("postgres") + ")");
        LocalPostgres postgres = LocalPostgres.start(home.resolve("postgres"), POSTGRES_PORT,
                List.of("therapist_service", "booking_service", "notification_service", "keycloak"));
        running.push(postgres);
        say("Starting Kafka (KRaft) on 127.0.0.1:" + KAFKA_PORT);
        LocalKafka kafka = LocalKafka.start(home.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT, logs);
        running.push(kafka);

        DemoCallers callers = new DemoCallers(home.resolve("demo-callers.properties"));
        LocalKeycloak keycloak = keycloak(postgres, callers);
        running.push(keycloak);
        say(String.format("%-21s ready on %s in %.1f s (RSS %s MiB)", "Keycloak", keycloak.baseUrl(),
                keycloak.startupTime().toMillis() / 1000.0,
                keycloak.residentMemoryMib().map(String::valueOf).orElse("?")));

        List<ServiceProcess> services = List.of(
                service("therapist-service", THERAPIST_PORT, postgres, kafka, keycloak, List.of()),
                service("booking-service", BOOKING_PORT, postgres, kafka, keycloak, List.of()),
                service("notification-service", NOTIFICATION_PORT, postgres, kafka, keycloak,
                        List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT)),
                web(keycloak, callers, kafka));
        running.push(() -> stopTogether(services));
        for (ServiceProcess service : services) {
            Duration ready = service.awaitReady(SERVICE_READY_WITHIN);
            say(String.format("%-21s ready on http://localhost:%d in %.1f s (RSS %s MiB)", service.name(),
                    service.httpPort(), ready.toMillis() / 1000.0,
                    service.residentMemoryMib().map(String::valueOf).orElse("?")));
        }
        LocalPrometheus.installed().ifPresentOrElse(binary -> {
            say("Starting Prometheus on http://localhost:" + PROMETHEUS_PORT + " (" + binary + ")");
            running.push(LocalPrometheus.start(binary, home.resolve("prometheus"),
                    project.resolve("docker/observability/prometheus/alert-rules.yml"), PROMETHEUS_PORT,
                    List.of(THERAPIST_PORT, BOOKING_PORT, NOTIFICATION_PORT), logs));
        }, () -> say("Prometheus is not installed (apt install prometheus): metrics only at /actuator/prometheus"));
        Map<String, String> demo = new DemoData("http://localhost:" + THERAPIST_PORT,
                callers.token(keycloak.tokenEndpoint(), DemoCallers.ADMIN)).seedIfEmpty();
        List<String> frontDeskClinics = List.of(idIn(demo, LISBON), idIn(demo, PORTO));
        // the machine front desk serves the same clinics as the demo front-desk person
        keycloak.admin().setAttribute(DemoCallers.serviceAccount(DemoCallers.FRONT_DESK), DemoPeople.CLINIC_IDS,
                frontDeskClinics);
        DemoPeople people = new DemoPeople(home.resolve("demo-people.properties"));
        Map<String, String> passwords = people.ensure(keycloak.admin(), DemoPeople.of(idIn(demo, ANA), frontDeskClinics));
        printWelcome(demo, passwords, Duration.between(begin, Instant.now()));
    }

    /** The web application people use: signs them in at Keycloak, calls the services with their token. */
    private ServiceProcess web(LocalKeycloak keycloak, DemoCallers callers, LocalKafka kafka) {
        say("Starting web (log: " + logs.resolve("web.log") + ")");
        return ServiceProcess.springBootJar("web", jarOf("web"), WEB_PORT, logs, SERVICE_JVM, List.of(
                "--spring.profiles.active=local",
                "--clinicnet.web.oidc.issuer=" + keycloak.issuer(),
                "--clinicnet.web.oidc.client-secret=" + callers.secret(DemoCallers.WEB_CLIENT),
                "--clinicnet.web.services.booking=http://localhost:" + BOOKING_PORT,
                "--clinicnet.web.services.therapist=http://localhost:" + THERAPIST_PORT,
                "--clinicnet.web.services.notification=http://localhost:" + NOTIFICATION_PORT,
                // the front desk's day follows booking.sessions live
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers())).start();
    }

    private static String idIn(Map<String, String> demo, String name) {
        String id = demo.get(name);
        if (id == null) {
            throw new IllegalStateException("The demo network has no " + name + ": the demo people need it");
        }
        return id;
    }

    private LocalKeycloak keycloak(LocalPostgres postgres, DemoCallers callers) {
        Map<String, String> placeholders = LocalKeycloak.realmPlaceholders(callers.realmPlaceholders(),
                callers.secret(DemoCallers.WEB_CLIENT), WEB_BASE_URL, "127.0.0.1", SMTP_PORT);
        Path install = home.resolve("keycloak-" + LocalKeycloak.version());
        say("Starting Keycloak on http://localhost:" + KEYCLOAK_PORT + " (" + install + ", log: "
                + logs.resolve("keycloak.log") + "; the first start prepares it for PostgreSQL, ~1 min more)");
        return LocalKeycloak.start(new LocalKeycloak.Setup(LocalKeycloak.distributionIn(project.resolve("launcher/target")),
                install, KEYCLOAK_PORT, postgres.jdbcUrl("keycloak"), LocalPostgres.ROLE,
                project.resolve("docker/keycloak/clinicnet-realm.json"), placeholders, logs));
    }

    private Path jarOf(String module) {
        Path jar = project.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests install");
        }
        return jar;
    }

    private ServiceProcess service(String name, int port, LocalPostgres postgres, LocalKafka kafka,
            LocalKeycloak keycloak, List<String> extra) {
        Path jar = jarOf(name);
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--spring.profiles.active=local",
                "--spring.datasource.url=" + postgres.jdbcUrl(name.replace('-', '_')),
                "--spring.datasource.username=" + LocalPostgres.ROLE,
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + keycloak.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + keycloak.jwkSetUri(),
                // the local Prometheus scrapes without a token
                "--clinicnet.security.monitoring-networks=127.0.0.1/32"));
        arguments.addAll(extra);
        say("Starting " + name + " (log: " + logs.resolve(name + ".log") + ")");
        return ServiceProcess.springBootJar(name, jar, port, logs, SERVICE_JVM, arguments).start();
    }

    private void printWelcome(Map<String, String> demo, Map<String, String> passwords, Duration took) {
        StringBuilder people = new StringBuilder();
        // demo passwords of the local run only, generated on this machine: shown so one can sign in at once
        passwords.forEach((username, password) -> people.append(String.format("%n    %-27s %s", username, password)));
        System.out.printf("""

                ClinicNet is up (%.1f s).
                  web app               %s  <- start here: sign in with a demo person below, or sign up
                  therapist-service     http://localhost:%d   (API docs: /swagger-ui.html)
                  booking-service       http://localhost:%d
                  notification-service  http://localhost:%d
                  Kafka                 127.0.0.1:%d
                  PostgreSQL            localhost:%d (user %s)
                  mails received        http://localhost:%d/mails  (also printed here)
                  SMS received          http://localhost:%<d/sms    (also printed here)
                  Keycloak              http://localhost:%d  (realm %s; admin: .clinicnet/keycloak-%s-admin.properties)
                                        machine callers and the web client's secret: .clinicnet/demo-callers.properties

                Demo people (sign in at the web app; also in .clinicnet/demo-people.properties):%s

                Demo network: %s

                Try it (the whole walk-through is in README.md):
                  ME=$(scripts/token client)
                  curl -s -X POST localhost:%d/clients -H "Authorization: Bearer $ME" -H 'Content-Type: application/json' \\
                    -d '{"name":"Maria Costa","email":"maria@example.org","timeZone":"Europe/Lisbon","language":"pt","preferredChannel":"EMAIL"}'

                Press Ctrl-C to stop everything.
                """, took.toMillis() / 1000.0, WEB_BASE_URL, THERAPIST_PORT, BOOKING_PORT, NOTIFICATION_PORT, KAFKA_PORT,
                POSTGRES_PORT, LocalPostgres.ROLE, MAIL_LIST_PORT, KEYCLOAK_PORT, LocalKeycloak.REALM,
                LocalKeycloak.version(), people, demo, BOOKING_PORT);
    }

    private void stopAll() {
        say("Stopping ClinicNet");
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            }
            catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
        say("Stopped");
    }

    /** The services stop in parallel: each may take a few seconds to finish its work and leave its consumer group. */
    private static void stopTogether(List<ServiceProcess> services) {
        List<Thread> stopping = services.stream()
                .map(service -> Thread.ofPlatform().name("stop-" + service.name()).start(service::stop))
                .toList();
        for (Thread thread : stopping) {
            try {
                thread.join();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void say(String line) {
        System.out.println("[clinicnet] " + line);
    }
}
