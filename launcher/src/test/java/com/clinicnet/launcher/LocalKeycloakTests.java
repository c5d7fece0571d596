package com.clinicnet.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One real Keycloak, unpacked from the distribution zip the build copies into target/keycloak, on a real PostgreSQL,
 * with the realm file docker compose uses. The demo data (clinics, therapists) needs the services, which these tests
 * do not start: Ana's therapist id and the front desk's clinics are stand-in ids here, as the launcher would pass the
 * seeded ones.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalKeycloakTests {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    /** Kept between runs (under target/) so the zip is unpacked and Keycloak prepared for PostgreSQL only once. */
    private static final Path INSTALL = Path.of("target/keycloak-test/keycloak-" + LocalKeycloak.version());
    private static final String WEB_BASE_URL = "http://localhost:8080";
    private static final String ANA_THERAPIST_ID = UUID.randomUUID().toString();
    private static final List<String> LISBON_AND_PORTO = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path work;

    private static LocalPostgres postgres;
    private static GreenMail smtp;
    private static LocalKeycloak keycloak;
    private static LocalKeycloak.Setup setup;
    private static DemoCallers callers;
    private static DemoPeople people;
    private static Map<String, String> passwords;

    @BeforeAll
    static void startKeycloakAndCreateTheDemoPeople() {
        postgres = LocalPostgres.start(work.resolve("postgres"), FreePorts.any(), List.of("keycloak"));
        smtp = new GreenMail(new ServerSetup(FreePorts.any(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        callers = new DemoCallers(work.resolve("demo-callers.properties"));
        Map<String, String> placeholders = LocalKeycloak.realmPlaceholders(callers.realmPlaceholders(),
                callers.secret(DemoCallers.WEB_CLIENT), WEB_BASE_URL, "127.0.0.1", smtp.getSmtp().getPort());
        setup = new LocalKeycloak.Setup(LocalKeycloak.distributionIn(Path.of("target")), INSTALL, FreePorts.any(),
                postgres.jdbcUrl("keycloak"), LocalPostgres.ROLE, PROJECT.resolve("docker/keycloak/clinicnet-realm.json"),
                placeholders, Path.of("target/keycloak-test/logs"));
        keycloak = LocalKeycloak.start(setup);
        report("started", keycloak);

        people = new DemoPeople(work.resolve("demo-people.properties"));
        passwords = people.ensure(keycloak.admin(), DemoPeople.of(ANA_THERAPIST_ID, LISBON_AND_PORTO));
        keycloak.admin().setAttribute(DemoCallers.serviceAccount(DemoCallers.FRONT_DESK), DemoPeople.CLINIC_IDS,
                LISBON_AND_PORTO);
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void a_machine_caller_gets_a_token_with_the_clinicnet_audience_and_its_role() {
        JsonNode claims = claimsOf(callers.token(keycloak.tokenEndpoint(), DemoCallers.CLIENT));

        assertThat(claims.get("iss").asString()).isEqualTo(keycloak.issuer());
        assertThat(strings(claims.get("aud"))).contains("clinicnet");
        assertThat(strings(claims.get("roles"))).containsExactly("CLIENT");
        assertThat(claims.path("sub").asString("")).as("the caller's subject").isNotBlank();
    }

    @Test
    void the_machine_front_desk_acts_for_the_clinics_it_was_given_after_seeding() {
        JsonNode claims = claimsOf(callers.token(keycloak.tokenEndpoint(), DemoCallers.FRONT_DESK));

        assertThat(strings(claims.get("roles"))).containsExactly("FRONT_DESK");
        assertThat(strings(claims.get("clinic_ids"))).containsExactlyInAnyOrderElementsOf(LISBON_AND_PORTO);
    }

    @Test
    void the_realm_lets_people_register_verify_their_email_reset_their_password_and_read_english_or_portuguese() {
        JsonNode realm = keycloak.admin().realm();

        assertThat(realm.get("registrationAllowed").asBoolean()).isTrue();
        assertThat(realm.get("verifyEmail").asBoolean()).isTrue();
        assertThat(realm.get("resetPasswordAllowed").asBoolean()).isTrue();
        assertThat(realm.get("loginWithEmailAllowed").asBoolean()).isTrue();
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(strings(realm.get("supportedLocales"))).containsExactlyInAnyOrder("en", "pt");
        assertThat(realm.get("defaultLocale").asString()).isEqualTo("en");
        assertThat(realm.get("smtpServer").get("host").asString()).isEqualTo("127.0.0.1");
        assertThat(realm.get("smtpServer").get("port").asString()).isEqualTo(String.valueOf(smtp.getSmtp().getPort()));
        assertThat(realm.get("smtpServer").get("from").asString()).isEqualTo("no-reply@clinicnet.local");
    }

    @Test
    void keycloak_sends_its_mails_through_the_smtp_server_the_realm_placeholders_name() throws Exception {
        keycloak.admin().sendRequiredActionsMail(keycloak.admin().user("maria@example.org").orElseThrow()
                .get("id").asString(), List.of("UPDATE_PASSWORD"));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("maria@example.org").isPresent());
    }

    @Test
    void ana_signs_in_to_the_web_app_with_pkce_and_her_token_names_her_as_the_therapist_she_is() {
        JsonNode claims = claimsOf(webSignIn().accessToken("ana@clinicnet.local", passwords.get("ana@clinicnet.local")));

        assertThat(claims.get("sub").asString()).isEqualTo(ANA_THERAPIST_ID);
        assertThat(strings(claims.get("aud"))).contains("clinicnet");
        assertThat(strings(claims.get("roles"))).as("staff are not also clients").containsExactly("THERAPIST");
        assertThat(claims.get("azp").asString()).isEqualTo(DemoCallers.WEB_CLIENT);
    }

    @Test
    void the_front_desk_person_signs_in_and_her_token_carries_the_clinics_she_serves() {
        JsonNode claims = claimsOf(webSignIn().accessToken("frontdesk@clinicnet.local",
                passwords.get("frontdesk@clinicnet.local")));

        assertThat(strings(claims.get("roles"))).containsExactly("FRONT_DESK");
        assertThat(strings(claims.get("clinic_ids"))).containsExactlyInAnyOrderElementsOf(LISBON_AND_PORTO);
    }

    @Test
    void maria_signs_in_as_a_client() {
        JsonNode claims = claimsOf(webSignIn().accessToken("maria@example.org", passwords.get("maria@example.org")));

        assertThat(strings(claims.get("roles"))).contains("CLIENT").doesNotContain("THERAPIST", "FRONT_DESK", "OPS", "ADMIN");
        assertThat(claims.get("email").asString()).isEqualTo("maria@example.org");
    }

    @Test
    void a_person_who_registers_gets_a_verification_mail_and_becomes_a_client() throws Exception {
        WebSignIn browser = webSignIn();
        browser.register("joana", "joana@example.org", "Joana-passw0rd-long");

        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("joana@example.org"),
                java.util.Optional::isPresent).orElseThrow();
        Matcher link = Pattern.compile("(http://\\S+/login-actions/action-token\\S+)").matcher(textOf(mail));
        assertThat(link.find()).as("a verification link in the mail").isTrue();
        browser.open(URI.create(link.group(1)));

        JsonNode joana = keycloak.admin().user("joana").orElseThrow();
        assertThat(joana.get("emailVerified").asBoolean()).isTrue();
        assertThat(keycloak.admin().realmRoles(joana.get("id").asString())).containsExactly("default-roles-clinicnet");
        assertThat(strings(claimsOf(webSignIn().accessToken("joana@example.org", "Joana-passw0rd-long")).get("roles")))
                .as("signed in with her email").contains("CLIENT");
    }

    @Test
    void the_web_client_refuses_a_sign_in_without_pkce() {
        Map<String, String> callback = WebSignIn.queryOf(webSignIn().redirectFor(Map.of()));

        assertThat(callback).containsEntry("error", "invalid_request").doesNotContainKey("code");
        assertThat(callback.get("error_description")).contains("code_challenge_method");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void the_demo_people_survive_a_restart_with_their_ids_and_passwords() {
        String mariaBefore = keycloak.admin().user("maria@example.org").orElseThrow().get("id").asString();
        keycloak.close();
        keycloak = LocalKeycloak.start(setup);
        report("restarted", keycloak);

        Map<String, String> again = people.ensure(keycloak.admin(), DemoPeople.of(ANA_THERAPIST_ID, LISBON_AND_PORTO));

        assertThat(again).isEqualTo(passwords);
        assertThat(keycloak.admin().user("maria@example.org").orElseThrow().get("id").asString())
                .as("kept, not created again").isEqualTo(mariaBefore);
        assertThat(keycloak.admin().user("ana@clinicnet.local").orElseThrow().get("id").asString())
                .isEqualTo(ANA_THERAPIST_ID);
        assertThat(claimsOf(webSignIn().accessToken("ana@clinicnet.local", again.get("ana@clinicnet.local")))
                .get("sub").asString()).isEqualTo(ANA_THERAPIST_ID);
    }

    private static java.util.Optional<MimeMessage> mailTo(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return java.util.Optional.of(message);
            }
        }
        return java.util.Optional.empty();
    }

    /** The plain-text part of a mail, decoded (links in the raw quoted-printable body are broken across lines). */
    private static String textOf(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof jakarta.mail.Multipart parts) {
            return String.valueOf(parts.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }

    private static WebSignIn webSignIn() {
        return new WebSignIn(keycloak.issuer(), DemoCallers.WEB_CLIENT, callers.secret(DemoCallers.WEB_CLIENT),
                WEB_BASE_URL + "/login/callback");
    }

    private static JsonNode claimsOf(String jwt) {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** A claim that may be one string or an array of them (aud), as a list. */
    private static List<String> strings(JsonNode claim) {
        return claim == null ? List.of() : claim.isArray() ? claim.valueStream().map(JsonNode::asString).toList()
                : List.of(claim.asString());
    }

    private static void report(String what, LocalKeycloak keycloak) {
        System.out.printf("Keycloak %s in %.1f s, RSS %s MiB%n", what, keycloak.startupTime().toMillis() / 1000.0,
                keycloak.residentMemoryMib().map(String::valueOf).orElse("?"));
    }
}
