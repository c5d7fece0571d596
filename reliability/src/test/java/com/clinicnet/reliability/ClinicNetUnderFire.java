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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.launcher.LocalKafka;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.TcpProxy;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;
import com.clinicnet.testsupport.RememberingSmsProvider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The system the scenarios attack: the three services as processes from their packaged jars; a Kafka broker of its
 * own (a child JVM) that a scenario can stop, kill and restart on the same data; the shared real PostgreSQL, each
 * service reaching its database through a {@link TcpProxy} whose line a scenario can cut or slow; an SMTP server
 * that keeps every email it received; and an SMS provider (WireMock) that remembers every SMS by reference and
 * answers the status lookups of sends left in doubt. One per JVM, started by the first scenario and stopped when
 * the JVM exits.
 */
public final class ClinicNetUnderFire {

    public static final Duration READY_WITHIN = Duration.ofMinutes(3);
    public static final Duration PRODUCER_GIVES_UP = Duration.ofSeconds(15);
    private static final List<String> JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final String[] SERVICES = { "therapist-service", "booking-service", "notification-service" };
    private static ClinicNetUnderFire instance;

    public final LocalKafka kafka;
    public final RealInfrastructure postgres;
    public final GreenMail smtp;
    public final SmsProvider sms;
    public final ServiceProcess therapistService;
    public final ServiceProcess bookingService;
    public final ServiceProcess notificationService;
    private final Map<String, TcpProxy> databaseLines;
    private final Map<String, String> jdbcUrls;

    private ClinicNetUnderFire(LocalKafka kafka, RealInfrastructure postgres, GreenMail smtp, SmsProvider sms,
            Map<String, TcpProxy> databaseLines, Map<String, String> jdbcUrls, List<ServiceProcess> services) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.smtp = smtp;
        this.sms = sms;
        this.databaseLines = databaseLines;
        this.jdbcUrls = jdbcUrls;
        this.therapistService = services.get(0);
        this.bookingService = services.get(1);
        this.notificationService = services.get(2);
    }

    public static synchronized ClinicNetUnderFire get() {
        if (instance == null) {
            // a send cut off mid-conversation makes GreenMail's handler thread throw; that is the service's retry at
            // work, not a failure of the scenario, which counts what arrived
            org.awaitility.Awaitility.doNotCatchUncaughtExceptionsByDefault();
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
        SmsProvider sms = SmsProvider.start();
        Map<String, TcpProxy> lines = new java.util.HashMap<>();
        Map<String, String> urls = new java.util.HashMap<>();
        List<ServiceProcess> services = new ArrayList<>();
        for (String name : SERVICES) {
            String url = postgres.jdbcUrl("fire_" + name.replace('-', '_'));
            URI server = URI.create(url.substring("jdbc:".length()));
            TcpProxy line = TcpProxy.to(server.getHost(), server.getPort());
            lines.put(name, line);
            urls.put(name, url);
            services.add(service(name, name, throughLine(url, line), kafka, smtp, sms, logs));
        }
        services.forEach(ServiceProcess::start);
        services.forEach(service -> service.awaitReady(READY_WITHIN));
        return new ClinicNetUnderFire(kafka, postgres, smtp, sms, lines, urls, services);
    }

    private static ServiceProcess service(String name, String instance, String jdbcUrl, LocalKafka kafka,
            GreenMail smtp, SmsProvider sms, Path logs) {
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
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                // a producer gives up on a record after 15 s instead of 30 s, so that a broker outage of 20 s already
                // leaves the outbox to resubmit what was not acknowledged (scenario 1 stays short)
                "--spring.kafka.producer.properties.delivery.timeout.ms=" + PRODUCER_GIVES_UP.toMillis(),
                "--spring.kafka.producer.properties.request.timeout.ms=" + PRODUCER_GIVES_UP.dividedBy(3).toMillis(),
                "--spring.kafka.producer.properties.max.block.ms=" + PRODUCER_GIVES_UP.dividedBy(3).toMillis()));
        if (name.equals("booking-service")) {
            // the scenarios send thousands of requests as few callers: the per-caller limit would answer 429
            arguments.add("--clinicnet.security.rate-limit.requests-per-period=1000000");
        }
        if (name.equals("notification-service")) {
            arguments.addAll(List.of("--clinicnet.notifications.sms.url=" + sms.server().baseUrl() + "/sms",
                    // short claims and calls, so that sends left in doubt by a crash are taken up again within the run
                    "--clinicnet.notifications.claim-for=PT15S",
                    "--clinicnet.notifications.channels.sms.timeout=PT2S",
                    "--clinicnet.notifications.channels.sms.attempts=2",
                    "--clinicnet.notifications.channels.sms.wait-for-permit=PT1S",
                    // the stand-in provider has no quota; the suite measures losses, not the provider's limit
                    "--clinicnet.notifications.channels.sms.permits-per-period=1000",
                    "--clinicnet.notifications.channels.email.timeout=PT5S",
                    "--clinicnet.notifications.channels.email.attempts=2",
                    "--clinicnet.notifications.channels.email.wait-for-permit=PT1S",
                    "--clinicnet.notifications.channels.email.permits-per-period=1000"));
        }
        return ServiceProcess.springBootJar(instance, jar, freePort(), logs, JVM, arguments);
    }

    /**
     * One more notification-service on the same database (through its own line) and consumer group, started: Kafka
     * rebalances the partitions between the instances, and both dispatch from the one schedule.
     */
    public ServiceProcess anotherNotificationService(String instance) {
        String name = notificationService.name();
        ServiceProcess another = service(name, name + "-" + instance,
                throughLine(jdbcUrls.get(name), databaseLines.get(name)), kafka, smtp, sms,
                Path.of("target").toAbsolutePath().resolve("service-logs"));
        another.start().awaitReady(READY_WITHIN);
        return another;
    }

    /** The JDBC URL of a database as reached through its line (the proxy's port instead of the server's). */
    private static String throughLine(String jdbcUrl, TcpProxy line) {
        URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
        return jdbcUrl.replace(":" + server.getPort() + "/", ":" + line.port() + "/");
    }

    /** The keys of every record on a topic (repeats collapsed): which subjects were published. */
    public Set<String> keysOn(String topic) {
        return TopicRecords.all(kafka.bootstrapServers(), topic).stream().map(record -> record.key())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The therapist service, called by an administrator. */
    public ServiceClient therapists() {
        return ServiceClient.onPort(therapistService.httpPort()).as(TestIdentityProvider.shared().admin());
    }

    /** The booking service, called by a signed-in client. */
    public ServiceClient booking(UUID clientId) {
        return ServiceClient.onPort(bookingService.httpPort()).as(TestIdentityProvider.shared().client(clientId));
    }

    /** The line between a service and its database. */
    public TcpProxy databaseLineOf(ServiceProcess service) {
        return databaseLines.get(service.name());
    }

    public void restart(ServiceProcess service) {
        service.start().awaitReady(READY_WITHIN);
    }

    /** A connection to a service's database, direct (not through the service's line). */
    public Connection database(ServiceProcess service) throws SQLException {
        return DriverManager.getConnection(jdbcUrls.get(service.name()), postgres.username(), postgres.password());
    }

    /** A number from a service's database, read directly (not through the service's line). */
    public long count(ServiceProcess service, String sql, Object... parameters) {
        return ((Number) rows(service, sql, parameters).getFirst().values().iterator().next()).longValue();
    }

    /** The ids of the sessions booked at a clinic, as booking-service's database has them. */
    public List<String> sessionIds(UUID clinicId) {
        return column(bookingService, "SELECT id FROM session WHERE clinic_id = ?", clinicId);
    }

    /** The first column of every row a query finds in a service's database, as text. */
    public List<String> column(ServiceProcess service, String sql, Object... parameters) {
        return rows(service, sql, parameters).stream().map(row -> String.valueOf(row.values().iterator().next()))
                .toList();
    }

    /** Rows from a service's database, read directly (not through the service's line), each column by its name. */
    public List<Map<String, Object>> rows(ServiceProcess service, String sql, Object... parameters) {
        try (Connection db = database(service); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Map<String, Object>> read = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        row.put(rows.getMetaData().getColumnLabel(column), rows.getObject(column));
                    }
                    read.add(row);
                }
                return read;
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One recipient per distinct email (by Message-ID): an email in flight when notification-service died is sent
     * again with the same Message-ID, which SMTP cannot refuse but a mail client shows once.
     */
    public List<String> emailRecipientsByMessageId() {
        Map<String, String> byMessageId = new java.util.LinkedHashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                byMessageId.putIfAbsent(message.getMessageID(), recipientOf(message));
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(byMessageId.values());
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
        sms.server().stop();
        databaseLines.values().forEach(TcpProxy::close);
    }

    /** Phone numbers and SMS references the provider received, one entry per request (repeats included). */
    public List<String> smsRecipients() {
        return sms.server().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST"))
                .map(event -> SMS_TO.matcher(event.getRequest().getBodyAsString()))
                .filter(java.util.regex.Matcher::find).map(to -> to.group(1)).toList();
    }

    private static final java.util.regex.Pattern SMS_TO = java.util.regex.Pattern.compile("\"to\"\\s*:\\s*\"([^\"]+)\"");

    private static Path projectDirectory() {
        return Path.of(System.getProperty("clinicnet.services.dir", "..")).toAbsolutePath().normalize();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** WireMock as the SMS provider: takes every SMS at once (a scenario may slow it) and answers status lookups. */
    public record SmsProvider(WireMockServer server, RememberingSmsProvider memory) {

        public static SmsProvider start() {
            RememberingSmsProvider memory = new RememberingSmsProvider();
            WireMockServer server = new WireMockServer(com.github.tomakehurst.wiremock.core.WireMockConfiguration
                    .options().dynamicPort().bindAddress("127.0.0.1").extensions(memory));
            server.start();
            SmsProvider provider = new SmsProvider(server, memory);
            provider.answerAfter(Duration.ZERO);
            // the status of a send left in doubt: RememberingSmsProvider answers 200 for what it has, else 404
            server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/sms/.*")).willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)));
            return provider;
        }

        public void answerAfter(Duration delay) {
            server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/sms").willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(202)
                            .withFixedDelay((int) delay.toMillis())));
        }
    }
}
