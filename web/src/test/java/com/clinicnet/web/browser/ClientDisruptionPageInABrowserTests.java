package com.clinicnet.web.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import com.clinicnet.testsupport.browser.PageChecks;
import com.clinicnet.web.StandInServices;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * Maria opens the link of her disruption notice in a real (headless) Chromium, on a phone and on a laptop: the page
 * passes axe-core (no serious or critical violation), has one heading, does not scroll sideways, and taking the
 * second time offered asks booking to move the session and brings her back to her sessions. Screenshots under
 * target/screenshots.
 */
class ClientDisruptionPageInABrowserTests extends StandInServicesInABrowser {

    private static final int SCREEN_HEIGHT = 900;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final UUID MARIA = UUID.fromString("7f1b8d3e-4c2a-4e5b-9a1c-2d3e4f5a6b7c");
    private static final UUID SESSION = StandInServices.SESSION;
    private static final String PAGE = "/sessions/" + SESSION + "/disruption";
    private static final String TAKE_SECOND = PAGE + "/alternatives/2";

    @BeforeEach
    void mariasSessionWithAnaIsDisrupted() {
        StandInServices.SERVICES.resetAll();
        StandInServices.theCatalogueAndTheLisbonClinic();
        StandInServices.aDisruptionOf(SESSION, MARIA);
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA)).willReturn(okJson("""
                {"id":"%s","name":"Maria Costa","email":"maria@example.org","phone":null,"timeZone":"Europe/Lisbon",
                 "language":"en","preferredChannel":"EMAIL","quietHours":null,"remindersOptOut":false}"""
                .formatted(MARIA))));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA + "/sessions"))
                .willReturn(okJson("[" + StandInServices.session(MARIA, SESSION, "2026-12-10T10:00:00Z",
                        "2026-12-10T11:00:00Z", "BOOKED") + "]")));
        StandInServices.SERVICES.stubFor(WireMock.post(urlPathEqualTo(TAKE_SECOND)).willReturn(okJson("{}")));
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = { 375, 1280 })
    void maria_sees_the_times_offered_and_takes_the_second(int width) {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(width, SCREEN_HEIGHT));
        browser.get(base() + SignedInStaff.client(MARIA, "Maria Costa", PAGE));

        List<String> blocking = PageChecks.seriousAccessibilityViolations(browser);
        PageChecks.screenshot(browser, SCREENSHOTS, "client-disruption-" + width);

        assertThat(blocking).isEmpty();
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.findElement(By.id("disruption-what")).getText()).contains("Ana Ribeiro")
                .contains("Thu 10 Dec, 10:00");
        assertThat(browser.findElements(By.className("take-offer"))).hasSize(3);
        Number scrollWidth = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(viewport.intValue());

        browser.findElement(By.id("take-offer-2")).click();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> browser.getCurrentUrl().endsWith("/sessions"));
        assertThat(browser.findElement(By.id("sessions-done")).getText()).isEqualTo("Your session has a new time.");
        StandInServices.SERVICES.verify(postRequestedFor(urlPathEqualTo(TAKE_SECOND)));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
