package com.clinicnet.web.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import com.clinicnet.testsupport.browser.PageChecks;
import com.clinicnet.web.StandInServices;
import com.clinicnet.web.admin.AdminStandIns;
import com.clinicnet.web.operations.OperationsStandIns;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * The admin's and operations' main pages in a real (headless) Chromium, signed in as staff: no accessibility
 * violation axe-core rates serious or critical, one heading, nothing wider than the screen, and a screenshot of each
 * under target/screenshots.
 */
class AdminAndOperationsPagesInABrowserTests extends StandInServicesInABrowser {

    private static final int SCREEN_HEIGHT = 900;
    private static final int LAPTOP = 1280;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @BeforeEach
    void theNetworkAndItsFigures() {
        StandInServices.SERVICES.resetAll();
        AdminStandIns.theNetwork();
        OperationsStandIns.aMonthOfClinicDays();
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics")).willReturn(okJson(
                "[" + AdminStandIns.lisbon() + "," + AdminStandIns.porto() + "]")));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + AdminStandIns.ANA + "/calendar"))
                .willReturn(okJson("[" + AdminStandIns.entry("2026-12-14T09:00:00Z", "2026-12-14T17:00:00Z", 480) + "]")));
        StandInServices.SERVICES.stubFor(WireMock.post(urlPathEqualTo("/therapists/" + AdminStandIns.ANA + "/shifts/preview"))
                .willReturn(okJson("[" + AdminStandIns.entry("2027-03-21T09:00:00Z", "2027-03-21T17:00:00Z", 480) + ","
                        + AdminStandIns.entry("2027-03-28T09:00:00+01:00", "2027-03-28T17:00:00+01:00", 480) + "]")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "admin-clinics:/admin/clinics", "admin-clinic-form:/admin/clinics/new",
            "admin-therapists:/admin/therapists", "admin-specialties:/admin/specialties",
            "admin-time-off:/admin/therapists/22222222-2222-2222-2222-222222222222/time-off",
            "admin-closures:/admin/clinics/11111111-1111-1111-1111-111111111111/closures" })
    void given_an_admin_on_a_laptop_when_an_admin_page_opens_then_axe_finds_no_serious_violation(String page)
            throws Exception {
        String[] nameAndPath = page.split(":", 2);
        signInAs("ADMIN", nameAndPath[1], LAPTOP);

        assertAccessibleAndShot(nameAndPath[0]);
    }

    @Test
    void given_an_admin_previews_a_schedule_in_a_browser_then_the_weeks_show_the_clock_change_and_the_form_stays_filled()
            throws Exception {
        signInAs("ADMIN", "/admin/therapists/" + AdminStandIns.ANA + "/schedule", LAPTOP);
        browser.findElement(By.id("schedule-effective-from")).clear();
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('schedule-effective-from').value = '2027-03-15';");
        new Select(browser.findElement(By.id("shift-0-weekday"))).selectByValue("SUNDAY");

        browser.findElement(By.id("preview-schedule")).click();

        assertThat(browser.findElement(By.id("schedule-preview")).findElements(By.className("preview-entry")))
                .extracting(entry -> entry.getAttribute("data-starts"))
                .containsExactly("2027-03-21T09:00+00:00", "2027-03-28T09:00+01:00");
        assertThat(browser.findElements(By.cssSelector("[data-clock-change=FORWARD]"))).isNotEmpty();
        assertThat(browser.findElement(By.id("schedule-effective-from")).getAttribute("value")).isEqualTo("2027-03-15");
        assertThat(browser.findElement(By.id("save-schedule")).isDisplayed()).isTrue();
        assertAccessibleAndShot("admin-schedule");
    }

    @Test
    void given_an_admin_on_a_phone_when_a_clinics_closed_days_open_then_axe_finds_no_serious_violation()
            throws Exception {
        signInAs("ADMIN", "/admin/clinics/" + AdminStandIns.LISBON_CLINIC + "/closures", 375);

        assertAccessibleAndShot("admin-closures-375");
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = { 375, LAPTOP })
    void given_operations_on_a_phone_or_a_laptop_when_the_overview_opens_then_the_figures_are_readable_and_axe_is_content(
            int width) throws Exception {
        signInAs("OPS", "/operations", width);

        assertThat(browser.findElement(By.cssSelector("#today-" + OperationsStandIns.LISBON_CLINIC
                + " [data-figure=noShows]")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("#month-" + OperationsStandIns.LISBON_CLINIC
                + " [data-figure=noShows]")).getText()).isEqualTo("6");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                !browser.findElements(By.cssSelector("#sessions-chart canvas")).isEmpty());
        assertAccessibleAndShot("operations" + (width == LAPTOP ? "" : "-" + width));
    }

    @Test
    void given_operations_when_the_platform_page_opens_with_services_unreachable_then_it_still_answers() throws Exception {
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/actuator/health/readiness")).willReturn(
                WireMock.aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        signInAs("OPS", "/operations/platform", LAPTOP);

        assertThat(browser.findElement(By.id("readiness-booking")).getText()).isEqualTo("unreachable");
        assertAccessibleAndShot("operations-platform");
    }

    private void signInAs(String role, String page, int width) {
        browser.manage().window().setSize(new Dimension(width, SCREEN_HEIGHT));
        String name = role.equals("ADMIN") ? "Alice Moreira" : "Oscar Pinto";
        browser.get("http://localhost:" + port + SignedInStaff.networkStaff(role, name, page));
    }

    private void assertAccessibleAndShot(String name) throws Exception {
        List<String> blocking = PageChecks.seriousAccessibilityViolations(browser);
        PageChecks.screenshot(browser, SCREENSHOTS, name);
        assertThat(blocking).isEmpty();
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        Number scrollWidth = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(viewport.intValue());
    }
}
