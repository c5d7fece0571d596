package com.clinicnet.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicnet.launcher.LocalKafka;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.TcpProxy;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The system the scenarios attack: the three services as processes from their packaged jars; a Kafka broker of its
 * own (a child JVM) that a scenario can stop, kill and restart on the same data; the shared real PostgreSQL, each
 * service reaching its database through a {@link TcpProxy} whose line a scenario can cut or slow; and an SMTP server
 * that keeps every email it received. One per JVM, started by the first scenario and stopped when the JVM exits.
 */
final class ClinicNetUnderFire {

    static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final List<String> JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final String[] SERVICES = { "therapist-service", "booking-service", "notification-service" };
    private static ClinicNetUnderFire instance;

    final LocalKafka kafka;
    final RealInfrastructure postgres;
    final GreenMail smtp;
    final ServiceProcess therapistService;
    final ServiceProcess bookingService;
    final ServiceProcess notificationService;
    private final Map<String, TcpProxy> databaseLines;
    private final Map<String, String> jdbcUrls;

    private ClinicNetUnderFire(LocalKafka kafka, RealInfrastructure postgres, GreenMail smtp,
            Map<String, TcpProxy> databaseLines, Map<String, String> jdbcUrls, List<ServiceProcess> services) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.smtp = smtp;
        this.databaseLines = databaseLines;
        this.jdbcUrls = jdbcUrls;
        this.therapistService = services.get(0);
        this.bookingService = services.get(1);
        this.notificationService = services.get(2);
    }

    static synchronized ClinicNetUnderFire get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "clinicnet-under-fire-stop"));
        }
        return instance;
    }

    private static ClinicNetUnderFire start() {
        Path target = Path.of("target").toAbsolutePath();
        Path logs = target.resolve("service-logs");
        LocalKafka kafka = LocalKafka.start(target.resolve("kafka-" + UUID.randomUUID()), freePort(), freePort(), logs);
        RealInfrastructure postgres = RealInfrastructure.shared();
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, TcpProxy> lines = new java.util.HashMap<>();
        Map<String, String> urls = new java.util.HashMap<>();
        List<ServiceProcess> services = new ArrayList<>();
        for (String name : SERVICES) {
            String url = postgres.jdbcUrl("fire_" + name.replace('-', '_'));
            URI server = URI.create(url.substring("jdbc:".length()));
            TcpProxy line = TcpProxy.to(server.getHost(), server.getPort());
            lines.put(name, line);
            urls.put(name, url);
            services.add(service(name, url.replace(":" + server.getPort() + "/", ":" + line.port() + "/"), kafka,
                    smtp, logs));
        }
        services.forEach(ServiceProcess::start);
        services.forEach(service -> service.awaitReady(READY_WITHIN));
        return new ClinicNetUnderFire(kafka, postgres, smtp, lines, urls, services);
    }

    private static ServiceProcess service(String name, String jdbcUrl, LocalKafka kafka, GreenMail smtp, Path logs) {
        Path jar = projectDirectory().resolve(name).resolve("target").resolve(name + ".jar");
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + RealInfrastructure.shared().username(),
                "--spring.datasource.password=" + RealInfrastructure.shared().password(),
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.ISSUER,
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestIdentityProvider.shared().jwkSetUri(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort()));
        if (name.equals("booking-service")) {
            // the scenarios send thousands of requests as few callers: the per-caller limit would answer 429
            arguments.add("--clinicnet.security.rate-limit.requests-per-period=1000000");
        }
        return ServiceProcess.springBootJar(name, jar, freePort(), logs, JVM, arguments);
    }

    /** The therapist service, called by an administrator. */
    ServiceClient therapists() {
        return ServiceClient.onPort(therapistService.httpPort()).as(TestIdentityProvider.shared().admin());
    }

    /** The booking service, called by a signed-in client. */
    ServiceClient booking(UUID clientId) {
        return ServiceClient.onPort(bookingService.httpPort()).as(TestIdentityProvider.shared().client(clientId));
    }

    /** The line between a service and its database. */
    TcpProxy databaseLineOf(ServiceProcess service) {
        return databaseLines.get(service.name());
    }

    void restart(ServiceProcess service) {
        service.start().awaitReady(READY_WITHIN);
    }

    /** A connection to a service's database, direct (not through the service's line). */
    Connection database(ServiceProcess service) throws SQLException {
        return DriverManager.getConnection(jdbcUrls.get(service.name()), postgres.username(), postgres.password());
    }

    /** A number from a service's database, read directly (not through the service's line). */
    long count(ServiceProcess service, String sql, Object... parameters) {
        try (Connection db = database(service); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The recipient of every email the SMTP server has received, one entry per copy. */
    List<String> emailRecipients() {
        return Arrays.stream(smtp.getReceivedMessages()).map(ClinicNetUnderFire::recipientOf).toList();
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** At the end of the run nothing needs a clean shutdown, and a slow one would hold the test JVM's exit. */
    private void stop() {
        List.of(notificationService, bookingService, therapistService).forEach(ServiceProcess::kill);
        kafka.kill();
        smtp.stop();
        databaseLines.values().forEach(TcpProxy::close);
    }

    private static Path projectDirectory() {
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
