package com.clinicnet.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.clinicnet.launcher.DemoCallers;
import com.clinicnet.launcher.LocalKeycloak;
import com.clinicnet.launcher.LocalPostgres;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.ServiceClient;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * ClinicNet as a person meets it, every part a process of its own: Keycloak (from the distribution the launcher's
 * build unpacks, on a PostgreSQL of its own), the three services trusting it, the web application signing people in
 * there, and an SMTP server that both Keycloak and notification-service send to. Kafka and the services' PostgreSQL
 * are the test JVM's real ones. Started once per test JVM and shared by every browser test class: each class sets up
 * a clinic of its own, in a city of its own.
 */
final class ClinicNetWithItsWeb implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final List<String> WEB_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final Path TARGET = RunningClinicNet.projectDirectory().resolve("system-tests").resolve("target");
    /** The launcher's tests, earlier in the same build, leave Keycloak unpacked and prepared for PostgreSQL there. */
    private static final Path WORK = TARGET.resolve("clinicnet-with-its-web");
    private static ClinicNetWithItsWeb shared;
    private static final Path KEYCLOAK_INSTALL = RunningClinicNet.projectDirectory()
            .resolve("launcher/target/keycloak-test/keycloak-" + LocalKeycloak.version());

    private static final String BOOKING_DATABASE = "web_e2e_booking_service";

    final GreenMail mail;
    final DemoCallers callers;
    final RunningClinicNet services;
    final ServiceProcess web;
    private final LocalPostgres keycloakDatabase;
    private final LocalKeycloak keycloak;

    private final RealInfrastructure infrastructure;

    private ClinicNetWithItsWeb(RealInfrastructure infrastructure, GreenMail mail, DemoCallers callers,
            LocalPostgres keycloakDatabase, RunningClinicNet services, LocalKeycloak keycloak, ServiceProcess web) {
        this.infrastructure = infrastructure;
        this.mail = mail;
        this.callers = callers;
        this.keycloakDatabase = keycloakDatabase;
        this.services = services;
        this.keycloak = keycloak;
        this.web = web;
    }

    /** The one ClinicNet of this test JVM, started at the first call and stopped when the JVM exits. */
    static synchronized ClinicNetWithItsWeb shared() {
        if (shared == null) {
            shared = start(RealInfrastructure.shared(), freshDirectory(WORK));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop-clinicnet-with-its-web"));
        }
        return shared;
    }

    private static Path freshDirectory(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            return Files.createDirectories(directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClinicNetWithItsWeb start(RealInfrastructure infrastructure, Path work) {
        GreenMail mail = new GreenMail(new ServerSetup(RunningClinicNet.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        int keycloakPort = RunningClinicNet.freePort();
        int webPort = RunningClinicNet.freePort();
        String issuer = "http://localhost:" + keycloakPort + "/realms/" + LocalKeycloak.REALM;
        DemoCallers callers = new DemoCallers(work.resolve("demo-callers.properties"));

        // the services and the web need Keycloak only when the first token arrives: they start meanwhile
        RunningClinicNet services = RunningClinicNet.starting(infrastructure, mail.getSmtp().getPort(), "web_e2e_",
                new RunningClinicNet.TokenIssuer(issuer, issuer + "/protocol/openid-connect/certs"));
        ServiceProcess web = ServiceProcess.springBootJar("web", RunningClinicNet.projectDirectory()
                .resolve("web/target/web.jar"), webPort, TARGET.resolve("service-logs"), WEB_JVM, List.of(
                        "--clinicnet.web.oidc.issuer=" + issuer,
                        "--clinicnet.web.oidc.client-secret=" + callers.secret(DemoCallers.WEB_CLIENT),
                        "--clinicnet.web.services.booking=http://localhost:" + services.bookingService.httpPort(),
                        "--clinicnet.web.services.therapist=http://localhost:" + services.therapistService.httpPort(),
                        "--clinicnet.web.services.notification=http://localhost:"
                                + services.notificationService.httpPort(),
                        // the front desk's day follows booking.sessions live
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers())).start();
        LocalPostgres keycloakDatabase = LocalPostgres.start(work.resolve("keycloak-postgres"),
                RunningClinicNet.freePort(), List.of("keycloak"), Map.of());
        LocalKeycloak keycloak = LocalKeycloak.start(new LocalKeycloak.Setup(
                LocalKeycloak.distributionIn(RunningClinicNet.projectDirectory().resolve("launcher/target")),
                KEYCLOAK_INSTALL, keycloakPort, keycloakDatabase.jdbcUrl("keycloak"), LocalPostgres.ROLE,
                RunningClinicNet.projectDirectory().resolve("docker/keycloak/clinicnet-realm.json"),
                LocalKeycloak.realmPlaceholders(callers.realmPlaceholders(), callers.secret(DemoCallers.WEB_CLIENT),
                        "http://localhost:" + webPort, "127.0.0.1", mail.getSmtp().getPort()),
                TARGET.resolve("service-logs")));
        services.awaitReady();
        web.awaitReady(READY_WITHIN);
        return new ClinicNetWithItsWeb(infrastructure, mail, callers, keycloakDatabase, services, keycloak, web);
    }

    String webUrl() {
        return "http://localhost:" + web.httpPort();
    }

    LocalKeycloak keycloak() {
        return keycloak;
    }

    /** therapist-service, called by the demo administrator's machine client. */
    ServiceClient therapistsAsAdmin() {
        return ServiceClient.onPort(services.therapistService.httpPort())
                .as(callers.token(keycloak.tokenEndpoint(), DemoCallers.ADMIN));
    }

    /** booking-service, called by the demo client's machine client (it has no intake: every therapist is offered). */
    ServiceClient bookingAsMachineClient() {
        return ServiceClient.onPort(services.bookingService.httpPort())
                .as(callers.token(keycloak.tokenEndpoint(), DemoCallers.CLIENT));
    }

    /** The first column of the one row a query of booking-service's database answers, with one parameter. */
    String bookingQuery(String sql, String parameter) {
        try (Connection connection = bookingDatabase(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("No row for " + sql + " with " + parameter);
                }
                return row.getString(1);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A change to booking-service's database that no request can make (a session moved into the past, say). */
    int bookingUpdate(String sql, String parameter) {
        try (Connection connection = bookingDatabase(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            return statement.executeUpdate();
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection bookingDatabase() throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(BOOKING_DATABASE), infrastructure.username(),
                infrastructure.password());
    }

    /** A person Keycloak knows already, with a verified email and the CLIENT role. */
    Person aClient(String firstName) {
        return person(firstName, "Test", "CLIENT", Optional.empty(), List.of());
    }

    /** A therapist's own account: its Keycloak id is the therapist's id, as for the demo therapist. */
    Person theTherapist(String therapistId, String firstName) {
        return person(firstName, "Therapist", "THERAPIST", Optional.of(therapistId), List.of());
    }

    Person aFrontDesk(String firstName, String... clinicIds) {
        return person(firstName, "Desk", "FRONT_DESK", Optional.empty(), List.of(clinicIds));
    }

    Person anAdmin(String firstName) {
        return person(firstName, "Admin", "ADMIN", Optional.empty(), List.of());
    }

    Person anOperator(String firstName) {
        return person(firstName, "Operations", "OPS", Optional.empty(), List.of());
    }

    /**
     * Imported as the launcher imports its demo people (an import grants no default role: only the one given), the
     * front desk's clinics in the attribute the realm maps into the clinic_ids claim.
     */
    private Person person(String firstName, String lastName, String role, Optional<String> id, List<String> clinicIds) {
        String email = firstName.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
        String password = firstName + "-" + UUID.randomUUID();
        Map<String, Object> user = new LinkedHashMap<>();
        id.ifPresent(fixed -> user.put("id", fixed));
        user.put("username", email);
        user.put("email", email);
        user.put("emailVerified", true);
        user.put("enabled", true);
        user.put("firstName", firstName);
        user.put("lastName", lastName);
        user.put("realmRoles", List.of(role));
        if (!clinicIds.isEmpty()) {
            user.put("attributes", Map.of("clinic_ids", clinicIds));
        }
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        keycloak.admin().importUsers(List.of(user));
        return new Person(keycloak.admin().user(email).orElseThrow().get("id").asString(), email, password);
    }

    record Person(String id, String email, String password) {
    }

    @Override
    public void close() {
        web.stop();
        services.close();
        keycloak.close();
        keycloakDatabase.close();
        mail.stop();
    }
}
