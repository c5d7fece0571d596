package com.clinicnet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.clinicnet.system.ClinicNetWithItsWeb.Person;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.browser.Browsers;
import com.clinicnet.testsupport.browser.PageChecks;

/**
 * The people who run the clinics, each in a real (headless) Chromium against the whole of ClinicNet: the front desk
 * whose day follows every booking live, the therapist marking a client who did not come, the admin changing a
 * schedule, operations counting the day. Every page they meet is checked with axe-core; the main ones are kept as
 * screenshots at 1280 px for the README.
 */
class StaffStoriesInABrowserTests {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final ZoneId LISBON_TIME = ZoneId.of("Europe/Lisbon");
    private static final String LOWER_BACK_PAIN = "LOWER_BACK_PAIN";
    private static final Path LAST_PAGES = RunningClinicNet.projectDirectory().resolve("system-tests/target/last-pages");

    static ClinicNetWithItsWeb clinicNet;
    static String coimbra;
    static String braga;
    static String aveiro;
    static String ana;
    static String bruno;
    static String duarte;
    static Person rita;
    static Person bea;

    private final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void three_clinics_each_with_a_therapist_and_a_front_desk_at_coimbra() {
        clinicNet = ClinicNetWithItsWeb.shared();
        coimbra = clinic("ClinicNet Baixa", "Coimbra", "Praça 8 de Maio 2, 3000-300 Coimbra");
        braga = clinic("ClinicNet Sé", "Braga", "Rua do Souto 40, 4700-329 Braga");
        aveiro = clinic("ClinicNet Ria", "Aveiro", "Rua de Coimbra 5, 3810-086 Aveiro");
        ana = therapist("Ana Sousa", coimbra);
        bruno = therapist("Bruno Lima", braga);
        duarte = therapist("Duarte Reis", aveiro);
        everyDayFromEightToEight(ana, coimbra);
        everyDayFromEightToEight(bruno, braga);
        // Duarte has no schedule yet: the admin gives him one
        rita = clinicNet.aFrontDesk("Rita", coimbra);
        bea = clinicNet.aFrontDesk("Bea", coimbra);
        await().atMost(WITHIN).until(() -> slotsOf(ana, "Coimbra") && slotsOf(bruno, "Braga"));
    }

    /** What each browser showed last, kept for whoever reads a failure: a screenshot and the page's HTML. */
    @AfterEach
    void close_the_browsers(TestInfo test) throws Exception {
        String name = "last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
        try {
            for (int i = 0; i < browsers.size(); i++) {
                WebDriver browser = browsers.get(i);
                PageChecks.screenshot(browser, LAST_PAGES, name + "-" + i);
                Files.writeString(LAST_PAGES.resolve(name + "-" + i + ".html"),
                        browser.getCurrentUrl() + "\n" + browser.getPageSource());
            }
        }
        finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    @Test
    void the_front_desk_registers_a_walk_in_books_her_and_a_second_desk_sees_her_appear_without_reloading() {
        LocalDate tomorrow = LocalDate.now(LISBON_TIME).plusDays(1);
        ClinicNetPages watching = pagesOf(bea);
        watching.open(dayOf(coimbra, tomorrow));
        awaitLive(watching);
        markNotReloaded(watching);

        ClinicNetPages desk = pagesOf(rita);
        desk.open(dayOf(coimbra, tomorrow));
        desk.look("front-desk-day");
        desk.element("walk-in").click();
        desk.await(By.id("walk-in-name"));
        desk.look("front-desk-walk-in");
        String walkIn = "Inês Walk-in " + UUID.randomUUID().toString().substring(0, 6);
        desk.element("walk-in-name").sendKeys(walkIn);
        desk.element("walk-in-phone").sendKeys("+351912345678");
        desk.element("walk-in-submit").click();
        String sessionId = bookFirstSlotOn(desk, tomorrow);

        assertThat(clinicNet.bookingQuery("SELECT c.name FROM session s JOIN client c ON c.id = s.client_id"
                + " WHERE s.id = ?::uuid", sessionId)).isEqualTo(walkIn);
        await().atMost(WITHIN).until(() -> watching.shows("session-" + sessionId));
        assertThat(watching.element("session-" + sessionId).getText()).contains(walkIn);
        assertThat(stillNotReloaded(watching)).as("the second desk's page was not reloaded").isTrue();
        watching.look("front-desk-day-live");
    }

    @Test
    void a_client_cancelling_in_her_browser_shows_up_cancelled_at_the_front_desk_live() {
        Person client = clinicNet.aClient("Marta");
        ClinicNetPages her = pagesOf(client);
        her.tellIntake(LOWER_BACK_PAIN, 4);
        her.searchFor(LOWER_BACK_PAIN, "Coimbra");
        her.chooseFirstSlot();
        String sessionId = her.confirmBooking();
        LocalDate day = localDayOf(sessionId);

        ClinicNetPages desk = pagesOf(rita);
        desk.open(dayOf(coimbra, day));
        awaitLive(desk);
        markNotReloaded(desk);
        assertThat(desk.element("session-" + sessionId).getText()).contains("Marta");

        her.cancel(sessionId);

        await().atMost(WITHIN).untilAsserted(() -> assertThat(desk.element("session-" + sessionId)
                .getAttribute("data-status")).isEqualTo("CANCELLED"));
        assertThat(stillNotReloaded(desk)).as("the desk's page was not reloaded").isTrue();
        assertThat(clinicNet.bookingQuery("SELECT status FROM session WHERE id = ?::uuid", sessionId))
                .isEqualTo("CANCELLED");
    }

    @Test
    void the_therapist_marks_a_no_show_and_operations_count_it_for_the_clinic_today() {
        Person client = clinicNet.aClient("Rui");
        ClinicNetPages his = pagesOf(client);
        his.tellIntake(LOWER_BACK_PAIN, 5);
        his.searchFor(LOWER_BACK_PAIN, "Braga");
        his.chooseFirstSlot();
        String sessionId = his.confirmBooking();
        // nobody can book the past: the session is moved to have begun a minute ago, as if its hour had come
        assertThat(clinicNet.bookingUpdate("UPDATE session SET starts_at = now() - interval '1 minute',"
                + " ends_at = now() + interval '59 minutes', blocked_until = now() + interval '69 minutes'"
                + " WHERE id = ?::uuid", sessionId)).isEqualTo(1);

        ClinicNetPages therapist = pagesOf(clinicNet.theTherapist(bruno, "Bruno"));
        therapist.open("/therapist");
        therapist.await(By.id("therapist-session-" + sessionId));
        therapist.look("therapist-day");
        therapist.element("mark-no-show-" + sessionId).click();
        await().atMost(WITHIN).until(() -> "NO_SHOW".equals(
                clinicNet.bookingQuery("SELECT status FROM session WHERE id = ?::uuid", sessionId)));

        ClinicNetPages operations = pagesOf(clinicNet.anOperator("Oscar"));
        operations.open("/operations");
        operations.await(By.id("clinic-report"));
        assertThat(figure(operations, "today-" + braga, "noShows")).isEqualTo("1");
        assertThat(figure(operations, "month-" + braga, "noShows")).isEqualTo("1");
        operations.look("operations");
    }

    @Test
    void the_admin_gives_a_therapist_a_schedule_sees_it_in_the_preview_and_then_clients_can_book_it() {
        LocalDate nextMonday = LocalDate.now(LISBON_TIME).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        ClinicNetPages admin = pagesOf(clinicNet.anAdmin("Alice"));
        admin.open("/admin/clinics");
        admin.look("admin-clinics");
        admin.open("/admin/therapists");
        admin.look("admin-therapists");
        admin.open("/admin/therapists/" + duarte + "/schedule");
        admin.await(By.id("schedule-effective-from"));
        setValue(admin, "schedule-effective-from", nextMonday.toString());
        new Select(admin.element("shift-0-clinic")).selectByValue(aveiro);
        new Select(admin.element("shift-0-weekday")).selectByValue("MONDAY");
        setValue(admin, "shift-0-starts", "09:00");
        setValue(admin, "shift-0-ends", "13:00");
        admin.element("preview-schedule").click();

        admin.await(By.id("schedule-preview"));
        List<String> previewed = admin.browser().findElements(By.className("preview-entry")).stream()
                .map(entry -> entry.getAttribute("data-starts")).toList();
        assertThat(previewed).isNotEmpty().allSatisfy(starts -> assertThat(starts).contains("T09:00"));
        assertThat(previewed.getFirst()).startsWith(nextMonday.toString());
        admin.look("admin-schedule-preview");
        admin.element("save-schedule").click();

        List<tools.jackson.databind.JsonNode> his = await().atMost(WITHIN).until(() -> slotsOfTherapist(duarte, "Aveiro"),
                slots -> !slots.isEmpty());
        assertThat(his).allSatisfy(slot -> assertThat(java.time.OffsetDateTime.parse(slot.get("starts").asString())
                .atZoneSameInstant(LISBON_TIME).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    }

    @Test
    void each_role_meets_a_not_found_page_for_what_is_not_theirs() {
        ClinicNetPages desk = pagesOf(rita);
        desk.open(dayOf(braga, LocalDate.now(LISBON_TIME)));
        assertThat(desk.shows("not-found")).as("another clinic's day").isTrue();
        desk.open("/admin/clinics");
        assertThat(desk.shows("not-found")).as("the admin's pages").isTrue();
        desk.look("not-found-front-desk");

        ClinicNetPages therapist = pagesOf(clinicNet.theTherapist(ana, "Ana"));
        therapist.open("/front-desk");
        assertThat(therapist.shows("not-found")).as("the front desk's pages").isTrue();
        therapist.open("/operations");
        assertThat(therapist.shows("not-found")).as("operations").isTrue();

        ClinicNetPages operations = pagesOf(clinicNet.anOperator("Olga"));
        operations.open("/admin/therapists");
        assertThat(operations.shows("not-found")).as("the admin's pages").isTrue();
        operations.open("/therapist");
        assertThat(operations.shows("not-found")).as("a therapist's day").isTrue();

        ClinicNetPages admin = pagesOf(clinicNet.anAdmin("Artur"));
        admin.open(dayOf(coimbra, LocalDate.now(LISBON_TIME)));
        assertThat(admin.shows("not-found")).as("the front desk's day").isTrue();

        ClinicNetPages client = pagesOf(clinicNet.aClient("Sara"));
        client.open("/operations");
        assertThat(client.shows("not-found")).as("operations").isTrue();
        client.open("/front-desk");
        assertThat(client.shows("not-found")).as("the front desk").isTrue();
    }

    /** A browser of their own, signed in. */
    private ClinicNetPages pagesOf(Person person) {
        WebDriver browser = Browsers.headlessChromium();
        browsers.add(browser);
        ClinicNetPages pages = new ClinicNetPages(browser, clinicNet.webUrl());
        pages.signIn(person.email(), person.password());
        return pages;
    }

    /** From the page after registering a walk-in: the first slot of the day at this clinic, confirmed. */
    private static String bookFirstSlotOn(ClinicNetPages desk, LocalDate day) {
        desk.await(By.id("book-for-client"));
        // a walk-in has told no intake yet: the desk says what she came for
        new Select(desk.element("book-concern")).selectByValue(LOWER_BACK_PAIN);
        setValue(desk, "book-date", day.toString());
        desk.element("find-slots").click();
        desk.await(By.className("book-slot"));
        desk.look("front-desk-book");
        desk.browser().findElements(By.className("book-slot")).getFirst().click();
        desk.await(By.id("confirm-booking"));
        desk.element("confirm-booking").click();
        desk.await(By.id("day-grid"));
        return desk.browser().findElement(By.cssSelector("[data-booked-session]")).getAttribute("data-booked-session");
    }

    private static void awaitLive(ClinicNetPages pages) {
        pages.await(By.id("day-grid"));
        await().atMost(WITHIN).until(() -> "connected".equals(pages.element("live-status").getAttribute("data-live")));
    }

    private static void markNotReloaded(ClinicNetPages pages) {
        ((JavascriptExecutor) pages.browser()).executeScript("window.clinicNetNotReloaded = true;");
    }

    private static boolean stillNotReloaded(ClinicNetPages pages) {
        return Boolean.TRUE.equals(((JavascriptExecutor) pages.browser())
                .executeScript("return window.clinicNetNotReloaded === true;"));
    }

    private static String figure(ClinicNetPages pages, String row, String name) {
        WebElement cell = pages.browser().findElement(By.cssSelector("#" + row + " [data-figure=" + name + "]"));
        return cell.getText().strip();
    }

    private static void setValue(ClinicNetPages pages, String id, String value) {
        ((JavascriptExecutor) pages.browser()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                pages.element(id), value);
    }

    private static String dayOf(String clinicId, LocalDate day) {
        return "/front-desk/clinics/" + clinicId + "/day?date=" + day;
    }

    private static LocalDate localDayOf(String sessionId) {
        return Instant.parse(clinicNet.bookingQuery(
                "SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM session"
                        + " WHERE id = ?::uuid", sessionId)).atZone(LISBON_TIME).toLocalDate();
    }

    private static String clinic(String name, String city, String address) {
        List<Map<String, String>> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("weekday", day.name(), "opens", "07:00", "closes", "21:00")).toList();
        return clinicNet.therapistsAsAdmin().post("/clinics", Map.of("name", name, "city", city, "address", address,
                "timeZone", LISBON_TIME.getId(), "treatmentRooms", 2, "bufferMinutes", 10,
                "sessionTypes", List.of(30, 60, 90), "lateCancellationNoticeMinutes", 1440,
                "openingHours", everyDay)).text("id");
    }

    private static String therapist(String name, String clinicId) {
        return clinicNet.therapistsAsAdmin().post("/therapists", Map.of("name", name, "languages", List.of("pt", "en"),
                "credentials", Map.of("licenceNumber", "MT-" + UUID.randomUUID().toString().substring(0, 8),
                        "issuingBody", "National register of massage therapists"),
                "clinicIds", List.of(clinicId), "specialties", List.of(Map.of("code", "LOWER_BACK", "level", 3))))
                .text("id");
    }

    private static void everyDayFromEightToEight(String therapistId, String clinicId) {
        List<Map<String, String>> shifts = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("clinicId", clinicId, "weekday", day.name(), "starts", "08:00", "ends", "20:00"))
                .toList();
        HttpResponseBody scheduled = clinicNet.therapistsAsAdmin().put("/therapists/" + therapistId + "/shifts",
                Map.of("effectiveFrom", LocalDate.now(LISBON_TIME).toString(), "shifts", shifts));
        assertThat(scheduled.status()).as(scheduled.json().toString()).isEqualTo(200);
    }

    private static boolean slotsOf(String therapistId, String city) {
        return !slotsOfTherapist(therapistId, city).isEmpty();
    }

    /** The therapist's offered slots in the city; none while availability does not answer 200 with a list. */
    private static List<tools.jackson.databind.JsonNode> slotsOfTherapist(String therapistId, String city) {
        HttpResponseBody slots = clinicNet.bookingAsMachineClient().get(availability(city));
        List<tools.jackson.databind.JsonNode> his = new ArrayList<>();
        if (slots.status() != 200 || !slots.json().isArray()) {
            return his;
        }
        slots.json().forEach(slot -> {
            if (slot.has("therapistId") && therapistId.equals(slot.get("therapistId").asString())) {
                his.add(slot);
            }
        });
        return his;
    }

    private static String availability(String city) {
        Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        return "/availability?concern=" + LOWER_BACK_PAIN + "&city=" + city + "&from=" + from + "&to="
                + from.plus(14, ChronoUnit.DAYS) + "&duration=60&limit=500";
    }
}
