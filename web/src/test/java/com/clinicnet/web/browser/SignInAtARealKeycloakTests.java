package com.clinicnet.web.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.clinicnet.web.StandInServices;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A person signs in at a real Keycloak (the clinicnet realm of docker/keycloak, its web client's base URL set to
 * this web's address) through the real login form, books a time (search, slots filtered by htmx, confirm, booked),
 * each page checked with axe-core, and signs out; the services are stood in by WireMock. Runs only
 * when a Keycloak is named, e.g. {@code -Dclinicnet.web.test.keycloak=http://localhost:18180
 * -Dclinicnet.web.test.keycloak-admin-password=... -Dclinicnet.web.test.client-secret=...} (web on port 18080,
 * or -Dclinicnet.web.test.port).
 */
@EnabledIfSystemProperty(named = "clinicnet.web.test.keycloak", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=${clinicnet.web.test.port:18080}",
        "clinicnet.web.oidc.issuer=${clinicnet.web.test.keycloak}/realms/clinicnet",
        "clinicnet.web.oidc.backchannel=${clinicnet.web.test.keycloak}/realms/clinicnet",
        "clinicnet.web.oidc.client-secret=${clinicnet.web.test.client-secret}" })
@ActiveProfiles("test")
class SignInAtARealKeycloakTests {

    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);
    private static final int PHONE_WIDTH = 375;
    private static final int LAPTOP_WIDTH = 1280;
    private static final int LAPTOP_HEIGHT = 900;
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String KEYCLOAK = System.getProperty("clinicnet.web.test.keycloak");
    private static final String WEB = "http://localhost:" + System.getProperty("clinicnet.web.test.port", "18080");

    private static final WireMockServer services = StandInServices.SERVICES;

    @DynamicPropertySource
    static void servicesAtWireMock(DynamicPropertyRegistry registry) {
        StandInServices.pointTheWebAtThem(registry);
    }

    @Test
    void given_joana_whose_keycloak_locale_is_portuguese_when_she_signs_in_and_books_an_evening_time_then_every_page_passes_axe_and_she_can_sign_out()
            throws Exception {
        String username = "joana-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        keycloakHasAPerson(username, password);
        services.stubFor(WireMock.get(urlPathMatching("/clients/.*")).willReturn(aResponse().withStatus(404)));
        services.stubFor(WireMock.post(urlPathEqualTo("/clients")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"00000000-0000-0000-0000-000000000001","name":"Joana Silva","email":"x@example.org",
                         "timeZone":"Europe/Lisbon","language":"pt","preferredChannel":"EMAIL","remindersOptOut":false}""")));
        services.stubFor(WireMock.get(urlPathEqualTo("/specialties")).willReturn(okJson("""
                [{"code":"SCIATICA","name":"Sciatica","addressesConcerns":["RADIATING_LEG_PAIN"]}]""")));
        services.stubFor(WireMock.get(urlPathEqualTo("/clinics")).willReturn(okJson("[" + CLINIC + "]")));
        services.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + CLINIC_ID)).willReturn(okJson(CLINIC)));
        services.stubFor(WireMock.get(urlPathEqualTo("/therapists")).willReturn(okJson("[" + THERAPIST + "]")));
        services.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + THERAPIST_ID)).willReturn(okJson(THERAPIST)));
        services.stubFor(WireMock.get(urlPathEqualTo("/availability"))
                .willReturn(okJson("[" + StandInServices.slot(MORNING) + "," + StandInServices.slot(EVENING) + "]")));
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(BOOKED)));
        services.stubFor(WireMock.get(urlPathEqualTo("/sessions/" + SESSION_ID)).willReturn(okJson(BOOKED)));

        WebDriver browser = Browsers.headlessChromium();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(LAPTOP_WIDTH, LAPTOP_HEIGHT));
        try {
            browser.get(WEB + "/");
            browser.findElement(By.id("home-sign-in")).click();
            new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            browser.findElement(By.id("username")).sendKeys(username);
            browser.findElement(By.id("password")).sendKeys(password);
            browser.findElement(By.id("kc-login")).click();
            new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.urlToBe(WEB + "/search"));

            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("O que o traz cá?");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pt");
            LoggedRequest register = services.findAll(postRequestedFor(urlPathEqualTo("/clients"))).getFirst();
            assertThat(register.getHeader("Authorization")).as("a JWT from Keycloak").matches("Bearer [^.]+\\.[^.]+\\.[^.]+");
            services.verify(postRequestedFor(urlPathEqualTo("/clients")).withRequestBody(equalToJson("""
                    {"name":"Joana Silva","email":"%s@example.org","timeZone":"Europe/Lisbon","language":"pt",
                     "preferredChannel":"EMAIL"}""".formatted(username), true, true)));

            assertThat(PageChecks.seriousAccessibilityViolations(browser)).as("search").isEmpty();

            browser.findElement(By.id("concern-RADIATING_LEG_PAIN")).click();
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("city"))).selectByValue("Lisbon");
            browser.findElement(By.id("find-slots")).click();
            new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.urlToBe(WEB + "/slots"));
            assertThat(browser.findElements(By.className("book-slot"))).hasSize(2);
            assertThat(browser.findElement(By.cssSelector("#slot-list h2")).getText())
                    .isEqualTo("terça-feira, 8 de dezembro");
            assertThat(PageChecks.seriousAccessibilityViolations(browser)).as("slots").isEmpty();
            PageChecks.screenshot(browser, "slots-1280");

            // htmx swaps the list in place when a filter changes (with CSP: no inline script or style)
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-day-part")))
                    .selectByValue("EVENING");
            new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.numberOfElementsToBe(
                    By.className("book-slot"), 1));
            assertThat(browser.getCurrentUrl()).contains("dayPart=EVENING");

            browser.findElement(By.className("book-slot")).click();
            new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("confirm-booking")));
            assertThat(browser.findElement(By.id("confirm-when")).getText())
                    .isEqualTo("ter. 8 dez., 18:00 (Europe/Lisbon)");
            assertThat(PageChecks.seriousAccessibilityViolations(browser)).as("confirm").isEmpty();
            browser.findElement(By.id("confirm-booking")).click();
            new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("booked-heading")));
            assertThat(PageChecks.seriousAccessibilityViolations(browser)).as("booked").isEmpty();
            PageChecks.screenshot(browser, "booked-1280");
            services.verify(postRequestedFor(urlPathEqualTo("/sessions"))
                    .withHeader("Idempotency-Key", WireMock.matching("[0-9a-f-]{36}")));

            theOtherPagesHaveData();
            for (String page : new String[] { "/sessions", "/sessions/" + SESSION_ID + "/cancel",
                    "/sessions/" + SESSION_ID + "/reschedule", "/intake", "/profile", "/profile/delete", "/plans",
                    "/plans/new?sessionId=" + SESSION_ID }) {
                for (int width : new int[] { PHONE_WIDTH, LAPTOP_WIDTH }) {
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, LAPTOP_HEIGHT));
                    browser.get(WEB + page);
                    assertThat(browser.findElements(By.tagName("h1"))).as(page).hasSize(1);
                    assertThat(browser.findElements(By.id("unavailable"))).as(page).isEmpty();
                    assertThat(browser.findElements(By.id("not-found"))).as(page).isEmpty();
                    assertThat(PageChecks.seriousAccessibilityViolations(browser)).as(page + " at " + width).isEmpty();
                }
            }

            browser.findElement(By.id("sign-out")).click();
            new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.urlToBe(WEB + "/"));
            assertThat(browser.findElements(By.id("home-sign-in"))).hasSize(1);
        }
        finally {
            browser.quit();
        }
    }

    private static final String CLINIC_ID = StandInServices.LISBON_CLINIC.toString();
    private static final String THERAPIST_ID = StandInServices.ANA.toString();
    private static final String SESSION_ID = StandInServices.SESSION.toString();
    private static final String MORNING = "2026-12-08T10:00:00Z";
    private static final String EVENING = "2026-12-08T18:00:00Z";
    private static final String CLINIC = StandInServices.lisbonClinic();
    private static final String THERAPIST = StandInServices.ana();
    private static final String BOOKED = StandInServices.session(UUID.fromString(
            "00000000-0000-0000-0000-000000000001"), StandInServices.SESSION, "2026-12-08T18:00:00Z",
            "2026-12-08T19:00:00Z", "BOOKED");

    private static void theOtherPagesHaveData() {
        services.stubFor(WireMock.get(urlPathMatching("/clients/[^/]+")).willReturn(okJson("""
                {"id":"00000000-0000-0000-0000-000000000001","name":"Joana Silva","email":"joana@example.org",
                 "timeZone":"Europe/Lisbon","language":"pt","preferredChannel":"EMAIL","remindersOptOut":false}""")));
        services.stubFor(WireMock.get(urlPathMatching("/clients/[^/]+/sessions")).willReturn(okJson("[" + BOOKED
                + "]")));
        services.stubFor(WireMock.get(urlPathMatching("/clients/[^/]+/intake")).willReturn(okJson("""
                {"concerns":["RADIATING_LEG_PAIN"],"painLevel":6,"conditions":[],"injuriesToAvoid":[],
                 "seeADoctorFirst":false}""")));
        services.stubFor(WireMock.get(urlPathMatching("/clients/[^/]+/treatment-plans")).willReturn(okJson("""
                [{"id":"66666666-6666-6666-6666-666666666666","therapistId":"%s","clinicId":"%s",
                  "concern":"RADIATING_LEG_PAIN","sessionsPlanned":6,"intervalDays":7,"clinicTimeZone":"Europe/Lisbon",
                  "status":"ACTIVE"}]""".formatted(THERAPIST_ID, CLINIC_ID))));
    }

    private static void keycloakHasAPerson(String username, String password) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=" + URLEncoder.encode(
                System.getProperty("clinicnet.web.test.keycloak-admin-password"), StandardCharsets.UTF_8);
        Matcher token = ACCESS_TOKEN.matcher(http.send(HttpRequest.newBuilder(URI.create(KEYCLOAK
                + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).as("an admin token from Keycloak").isTrue();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(KEYCLOAK
                + "/admin/realms/clinicnet/users")).header("Authorization", "Bearer " + token.group(1))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"username":"%s","email":"%s@example.org","firstName":"Joana","lastName":"Silva",
                         "enabled":true,"emailVerified":true,"attributes":{"locale":["pt"]},
                         "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                        .formatted(username, username, password))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
