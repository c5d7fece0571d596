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

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A person signs in at a real Keycloak (the clinicnet realm of docker/keycloak, its web client's base URL set to
 * this web's address) through the real login form, and out again; the services are stood in by WireMock. Runs only
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
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String KEYCLOAK = System.getProperty("clinicnet.web.test.keycloak");
    private static final String WEB = "http://localhost:" + System.getProperty("clinicnet.web.test.port", "18080");

    private static final WireMockServer services = new WireMockServer(WireMockConfiguration.options()
            .dynamicPort());

    static {
        services.start();
    }

    @DynamicPropertySource
    static void servicesAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("clinicnet.web.services.booking", services::baseUrl);
        registry.add("clinicnet.web.services.therapist", services::baseUrl);
    }

    @Test
    void given_joana_whose_keycloak_locale_is_portuguese_when_she_signs_in_for_the_first_time_then_her_profile_is_made_with_her_real_token_and_she_can_sign_out()
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
        services.stubFor(WireMock.get(urlPathEqualTo("/clinics")).willReturn(okJson("[]")));

        WebDriver browser = Browsers.headlessChromium();
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

            browser.findElement(By.id("sign-out")).click();
            new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.urlToBe(WEB + "/"));
            assertThat(browser.findElements(By.id("home-sign-in"))).hasSize(1);
        }
        finally {
            browser.quit();
        }
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
