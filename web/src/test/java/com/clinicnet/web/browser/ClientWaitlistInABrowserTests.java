package com.clinicnet.web.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import com.clinicnet.testsupport.browser.PageChecks;
import com.clinicnet.web.StandInServices;
import com.clinicnet.web.StandInWaitlist;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * Maria's waitlist in a real (headless) Chromium, on a phone and on a laptop: she joins a line through the form (which
 * first asks her for a day, before booking hears of it) and finds her place in it; with a time held for her, the page passes axe-core (no serious or critical violation), has
 * one heading and does not scroll sideways, and taking the time books it and brings her to her sessions.
 * Screenshots under target/screenshots.
 */
class ClientWaitlistInABrowserTests extends StandInServicesInABrowser {

    private static final int SCREEN_HEIGHT = 900;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final UUID MARIA = UUID.fromString("7f1b8d3e-4c2a-4e5b-9a1c-2d3e4f5a6b7c");
    private static final UUID ANA = StandInServices.ANA;
    private static final UUID LISBON_CLINIC = StandInServices.LISBON_CLINIC;
    private static final String PAGE = "/waitlist";
    private static final OffsetDateTime THURSDAY_TEN = OffsetDateTime.parse("2026-12-10T10:00:00Z");

    private StandInWaitlist waitlist;

    @BeforeEach
    void mariaInLisbon() {
        StandInServices.SERVICES.resetAll();
        StandInServices.theCatalogueAndTheLisbonClinic();
        waitlist = StandInServices.aWaitlist();
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA)).willReturn(okJson("""
                {"id":"%s","name":"Maria Costa","email":"maria@example.org","phone":null,"timeZone":"Europe/Lisbon",
                 "language":"en","preferredChannel":"EMAIL","quietHours":null,"remindersOptOut":false}"""
                .formatted(MARIA))));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA + "/sessions"))
                .willReturn(okJson("[" + StandInServices.session(MARIA, StandInServices.SESSION,
                        "2026-12-10T10:00:00Z", "2026-12-10T11:00:00Z", "BOOKED") + "]")));
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = { 375, 1280 })
    void maria_joins_a_waitlist_through_the_form_after_it_asks_for_a_day_and_finds_her_place_in_line(int width) {
        signInAt(width);

        browser.findElement(By.id("concern-LOWER_BACK_PAIN")).click();
        new Select(browser.findElement(By.id("clinicId"))).selectByValue(LISBON_CLINIC.toString());
        browser.findElement(By.id("join-waitlist")).click();
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(By.id("weekdays-error")).isEmpty());
        ((JavascriptExecutor) browser).executeScript("document.getElementById('join').scrollIntoView();");
        List<String> blockingWithMistakes = PageChecks.seriousAccessibilityViolations(browser);
        PageChecks.screenshot(browser, SCREENSHOTS, "client-waitlist-form-" + width);
        assertThat(blockingWithMistakes).isEmpty();
        assertThat(browser.findElement(By.id("weekdays-error")).getText()).isEqualTo("Choose at least one day.");
        assertThat(waitlist.joinsReceived()).as("nothing asked of booking yet").isEmpty();

        browser.findElement(By.id("weekday-MONDAY")).click();
        browser.findElement(By.id("weekday-WEDNESDAY")).click();
        new Select(browser.findElement(By.id("duration"))).selectByValue("30");
        browser.findElement(By.id("join-waitlist")).click();

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(By.id("waitlist-done")).isEmpty());
        assertThat(browser.getCurrentUrl()).endsWith(PAGE);
        assertThat(browser.findElement(By.id("waitlist-done")).getText()).startsWith("You are in line.");
        assertThat(browser.findElement(By.id("places")).getText()).contains("Pain in my lower back")
                .contains("At ClinicNet Chiado").contains("Monday, Wednesday, between 09:00 and 18:00")
                .contains("30-minute session").contains("Waiting");
        assertThat(waitlist.joinsReceived()).hasSize(1);
        List<String> blocking = PageChecks.seriousAccessibilityViolations(browser);
        PageChecks.screenshot(browser, SCREENSHOTS, "client-waitlist-joined-" + width);
        assertThat(blocking).isEmpty();
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = { 375, 1280 })
    void maria_sees_the_time_held_for_her_at_the_top_and_takes_it(int width) {
        UUID place = waitlist.waiting(MARIA, null, ANA, LISBON_CLINIC, null, List.of(DayOfWeek.THURSDAY), "09:00",
                "12:00", 60, Instant.now().minus(3, ChronoUnit.DAYS));
        waitlist.waiting(MARIA, "LOWER_BACK_PAIN", null, null, "Lisbon",
                List.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), "10:00", "13:00", 90,
                Instant.now().minus(10, ChronoUnit.DAYS));
        UUID offer = waitlist.heldFor(place, ANA, LISBON_CLINIC, THURSDAY_TEN, 60,
                OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).truncatedTo(ChronoUnit.MINUTES));
        signInAt(width);

        List<String> blocking = PageChecks.seriousAccessibilityViolations(browser);
        PageChecks.screenshot(browser, SCREENSHOTS, "client-waitlist-" + width);

        assertThat(blocking).isEmpty();
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.findElement(By.id("held-" + offer)).getText()).contains("Held for you until")
                .contains("Thu 10 Dec, 10:00 (Europe/Lisbon) with Ana Ribeiro at ClinicNet Chiado");
        Number scrollWidth = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(viewport.intValue());

        browser.findElement(By.id("take-" + offer)).click();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/sessions"));
        assertThat(browser.findElement(By.id("sessions-done")).getText())
                .isEqualTo("The time is yours: your session is booked.");
        StandInServices.SERVICES.verify(postRequestedFor(urlPathEqualTo("/waitlist/offers/" + offer + "/take")));
    }

    private void signInAt(int width) {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(width, SCREEN_HEIGHT));
        browser.get(base() + SignedInStaff.client(MARIA, "Maria Costa", PAGE));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
