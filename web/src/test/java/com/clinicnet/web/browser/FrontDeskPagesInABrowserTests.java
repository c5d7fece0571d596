package com.clinicnet.web.browser;

import static com.clinicnet.web.frontdesk.FrontDeskStandIns.staffSession;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import com.clinicnet.testsupport.browser.PageChecks;
import com.clinicnet.web.StandInServices;
import com.clinicnet.web.frontdesk.FrontDeskStandIns;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * The front desk's and the therapist's pages in a real (headless) Chromium, signed in as Rita at the Lisbon desk and
 * as Ana: no accessibility violation axe-core rates serious or critical, one heading each, nothing wider than a phone,
 * and a screenshot of each main page (the disruption worklist included) at 1280 px under target/screenshots.
 */
class FrontDeskPagesInABrowserTests extends StandInServicesInABrowser {

    private static final int LAPTOP = 1280;
    private static final int PHONE = 375;
    private static final int SCREEN_HEIGHT = 900;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final UUID LISBON = FrontDeskStandIns.LISBON_CLINIC;
    private static final UUID RITA = UUID.fromString("44444444-4444-4444-4444-444444444444");
    private static final UUID MARIAS = UUID.fromString("ffffffff-0000-0000-0000-000000000001");
    private static final UUID JOAOS = UUID.fromString("ffffffff-0000-0000-0000-000000000002");
    private static final UUID RUIS = UUID.fromString("ffffffff-0000-0000-0000-000000000003");
    private static final String DAY = "2026-12-08";

    @BeforeEach
    void aDayAtLisbonAndAnasSessions() {
        StandInServices.SERVICES.resetAll();
        FrontDeskStandIns.theLisbonClinicWithTwoRooms();
        // Maria confirmed by her reminder's link the evening before
        String maria = FrontDeskStandIns.confirmed(MARIAS, "Maria Costa", 1, DAY + "T10:00:00Z", DAY + "T11:00:00Z",
                "2026-12-07T18:02:00Z");
        String joao = staffSession(JOAOS, FrontDeskStandIns.BRUNO, "Bruno Lima", "João Silva", 2, DAY + "T11:30:00Z",
                DAY + "T12:00:00Z", "BOOKED", DAY + "T11:25:00Z", null, "null");
        String rui = staffSession(RUIS, FrontDeskStandIns.ANA, "Ana Ribeiro", "Rui Sousa", 2, DAY + "T09:00:00Z",
                DAY + "T10:00:00Z", "CANCELLED", null, "CLIENT_REQUEST", "null");
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + LISBON + "/sessions"))
                .willReturn(okJson("[" + maria + "," + joao + "," + rui + "]")));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + StandInServices.ANA + "/sessions"))
                .willReturn(okJson("[" + staffSession(MARIAS, StandInServices.ANA, "Ana Ribeiro", "Maria", 1,
                        DAY + "T10:00:00Z", DAY + "T11:00:00Z", "BOOKED", null, null,
                        "[\"PREGNANCY\",\"HIGH_BLOOD_PRESSURE\"]") + "]")));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/availability")).willReturn(okJson(
                "[" + StandInServices.slot(DAY + "T10:00:00Z") + "," + StandInServices.slot(DAY + "T14:00:00Z") + "]")));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clients/" + FrontDeskStandIns.WALK_IN))
                .willReturn(okJson("""
                        {"id":"%s","name":"Inês Walk-in","email":null,"phone":"+351912345678"}"""
                        .formatted(FrontDeskStandIns.WALK_IN))));
    }

    @Test
    void the_front_desks_day_grid_walk_in_booking_sheet_and_week_pass_axe_at_1280_px() {
        signInAs(SignedInStaff.frontDesk(RITA, "Rita Gomes", LISBON));

        checked("/front-desk/clinics/" + LISBON + "/day?date=" + DAY, LAPTOP, "front-desk-day");
        assertThat(browser.findElement(By.id("session-" + MARIAS)).getText()).contains("Maria Costa")
                .contains("Ana Ribeiro").contains("Booked").contains("Confirmed");
        assertThat(browser.findElement(By.id("session-" + RUIS)).getAttribute("data-status")).isEqualTo("CANCELLED");
        // no broker in this test: the page's stream opens, and says changes are not reaching the web
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> "waiting".equals(
                browser.findElement(By.id("live-status")).getAttribute("data-live")));

        checked("/front-desk/clinics/" + LISBON + "/walk-in", LAPTOP, "front-desk-walk-in");
        checked("/front-desk/clinics/" + LISBON + "/book?clientId=" + FrontDeskStandIns.WALK_IN + "&date=" + DAY,
                LAPTOP, "front-desk-book");
        assertThat(browser.findElements(By.className("book-slot"))).hasSize(2);
        checked("/front-desk/clinics/" + LISBON + "/day/sheet?date=" + DAY, LAPTOP, "front-desk-sheet");
        StandInServices.aDisruptionOf(MARIAS, FrontDeskStandIns.WALK_IN);
        checked("/front-desk/clinics/" + LISBON + "/disruptions", LAPTOP, "front-desk-disruptions");
        assertThat(browser.findElement(By.id("disruption-" + MARIAS)).getText()).contains("Inês Walk-in")
                .contains("Ana Ribeiro");
        assertThat(browser.findElements(By.className("take-offer"))).hasSize(3);
        checked("/front-desk/clinics/" + LISBON + "/therapists/" + StandInServices.ANA + "/week?from=" + DAY, LAPTOP,
                "front-desk-week");
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = { PHONE })
    void on_a_phone_the_day_scrolls_inside_its_grid_not_the_page(int width) {
        signInAs(SignedInStaff.frontDesk(RITA, "Rita Gomes", LISBON));

        checked("/front-desk/clinics/" + LISBON + "/day?date=" + DAY, width, "front-desk-day-" + width);
        checked("/front-desk/clinics/" + LISBON + "/walk-in", width, "front-desk-walk-in-" + width);
        StandInServices.aDisruptionOf(MARIAS, FrontDeskStandIns.WALK_IN);
        checked("/front-desk/clinics/" + LISBON + "/disruptions", width, "front-desk-disruptions-" + width);
    }

    @Test
    void the_therapists_day_and_time_off_pass_axe_at_1280_px_and_on_a_phone() {
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + StandInServices.ANA))
                .willReturn(okJson("""
                        {"id":"%s","name":"Ana Ribeiro","languages":["pt"],"clinicIds":["%s"],
                         "timeOff":[{"id":"%s","from":"2026-12-21T08:00:00Z","to":"2026-12-24T18:00:00Z","reason":null}]}"""
                        .formatted(StandInServices.ANA, LISBON, UUID.randomUUID()))));
        signInAs(SignedInStaff.therapist(StandInServices.ANA, "Ana Ribeiro"));

        checked("/therapist?date=" + DAY, LAPTOP, "therapist-day");
        assertThat(browser.findElement(By.id("therapist-session-" + MARIAS)).getText())
                .contains("Pregnant: prenatal care only").contains("ClinicNet Chiado");
        checked("/therapist/week?from=" + DAY, LAPTOP, "therapist-week");
        checked("/therapist/time-off", LAPTOP, "therapist-time-off");
        checked("/therapist?date=" + DAY, PHONE, "therapist-day-" + PHONE);
    }

    private void signInAs(String path) {
        browser.manage().deleteAllCookies();
        browser.get(base() + path);
    }

    /** Opens the page at the width, keeps its screenshot, and checks it as every page is checked. */
    private void checked(String path, int width, String screenshot) {
        browser.manage().window().setSize(new Dimension(width, SCREEN_HEIGHT));
        browser.get(base() + path);
        List<String> blocking = PageChecks.seriousAccessibilityViolations(browser);
        PageChecks.screenshot(browser, SCREENSHOTS, screenshot);

        assertThat(blocking).as(path).isEmpty();
        assertThat(browser.findElements(By.tagName("h1"))).as(path).hasSize(1);
        Number scrollWidth = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertThat(scrollWidth.intValue()).as(path + ": no sideways scrolling").isLessThanOrEqualTo(viewport.intValue());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
