package com.clinicnet.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * are the test JVM's real ones.
 */
final class ClinicNetWithItsWeb implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final List<String> WEB_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final Path TARGET = RunningClinicNet.projectDirectory().resolve("system-tests").resolve("target");
    /** The launcher's tests, earlier in the same build, leave Keycloak unpacked and prepared for PostgreSQL there. */
    private static final Path KEYCLOAK_INSTALL = RunningClinicNet.projectDirectory()
            .resolve("launcher/target/keycloak-test/keycloak-" + LocalKeycloak.version());

    final GreenMail mail;
    final DemoCallers callers;
    final RunningClinicNet services;
    final ServiceProcess web;
    private final LocalPostgres keycloakDatabase;
    private final LocalKeycloak keycloak;

    private ClinicNetWithItsWeb(GreenMail mail, DemoCallers callers, LocalPostgres keycloakDatabase,
            RunningClinicNet services, LocalKeycloak keycloak, ServiceProcess web) {
        this.mail = mail;
        this.callers = callers;
        this.keycloakDatabase = keycloakDatabase;
        this.services = services;
        this.keycloak = keycloak;
        this.web = web;
    }

    static ClinicNetWithItsWeb start(RealInfrastructure infrastructure, Path work) {
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
                                + services.notificationService.httpPort())).start();
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
        return new ClinicNetWithItsWeb(mail, callers, keycloakDatabase, services, keycloak, web);
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

    @Override
    public void close() {
        web.stop();
        services.close();
        keycloak.close();
        keycloakDatabase.close();
        mail.stop();
    }
}
