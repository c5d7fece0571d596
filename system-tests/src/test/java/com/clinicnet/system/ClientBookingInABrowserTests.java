package com.clinicnet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.system.ClinicNetWithItsWeb.Person;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.browser.Browsers;
import com.clinicnet.testsupport.browser.PageChecks;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * People book their care in a real browser (headless Chromium) against the whole of ClinicNet started as processes:
 * Keycloak, the three services, the web application, Kafka, PostgreSQL and a mail catcher. Each story is one person;
 * every page they meet is checked with axe-core.
 */
class ClientBookingInABrowserTests {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final Pattern VERIFICATION_LINK = Pattern.compile("(http://\\S+/login-actions/action-token\\S+)");
    private static final String LOWER_BACK_PAIN = "LOWER_BACK_PAIN";
    private static final Path LAST_PAGES = RunningClinicNet.projectDirectory().resolve("system-tests/target/last-pages");

    static RealInfrastructure infrastructure;
    static ClinicNetWithItsWeb clinicNet;
    static String clinicId;
    static String sciaticaSpecialist;
    static String prenatalTherapist;

    WebDriver browser;
    ClinicNetPages pages;

    @BeforeAll
    static void a_lisbon_clinic_open_every_day_with_a_back_pain_specialist_and_a_prenatal_therapist() {
        infrastructure = RealInfrastructure.shared();
        clinicNet = ClinicNetWithItsWeb.shared();
        List<Map<String, String>> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("weekday", day.name(), "opens", "07:00", "closes", "21:00")).toList();
        clinicId = clinicNet.therapistsAsAdmin().post("/clinics", Map.of("name", "ClinicNet Chiado", "city", "Lisbon",
                "address", "Rua Garrett 12, 1200-204 Lisboa", "timeZone", "Europe/Lisbon", "treatmentRooms", 3,
                "bufferMinutes", 10, "sessionTypes", List.of(30, 60, 90), "lateCancellationNoticeMinutes", 1440,
                "openingHours", everyDay)).text("id");
        sciaticaSpecialist = therapist("Ana Sousa", "SCIATICA", 3, "LOWER_BACK", 2);
        prenatalTherapist = therapist("Marta Ferreira", "PRENATAL", 3, "LOWER_BACK", 2);
        await().atMost(WITHIN).until(() -> therapistsOffered(clinicNet.bookingAsMachineClient()
                .get(availability())).containsAll(List.of(sciaticaSpecialist, prenatalTherapist)));
    }

    @BeforeEach
    void a_browser_of_their_own() {
        browser = Browsers.headlessChromium();
        pages = new ClinicNetPages(browser, clinicNet.webUrl());
    }

    /** What the browser showed last, kept for whoever reads a failure: a screenshot and the page's HTML. */
    @AfterEach
    void close_the_browser(TestInfo test) throws Exception {
        try {
            String name = "last-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
            PageChecks.screenshot(browser, LAST_PAGES, name);
            java.nio.file.Files.writeString(LAST_PAGES.resolve(name + ".html"),
                    browser.getCurrentUrl() + "\n" + browser.getPageSource());
        }
        finally {
            browser.quit();
        }
    }

    @Test
    void a_person_signs_up_verifies_their_email_tells_their_story_books_is_confirmed_and_cancels() throws Exception {
        String email = "sofia-" + UUID.randomUUID() + "@example.org";
        pages.open("/");
        pages.look("home");
        pages.register("Sofia", "Marques", email, "Sofia-" + UUID.randomUUID());

        // Keycloak asks her to verify her address, and its mail reaches the mail catcher
        String link = verificationLinkIn(awaitMailTo(email, "erif"));
        browser.get(link);
        pages.await(By.id("find-slots"));
        pages.look("search");

        pages.tellIntake(LOWER_BACK_PAIN, 6);
        pages.open("/intake");
        pages.look("intake");
        pages.searchFor(LOWER_BACK_PAIN, "Lisbon");
        assertThat(pages.offeredSlots()).isNotEmpty();
        pages.look("slots");
        pages.chooseFirstSlot();
        pages.look("confirm");
        String sessionId = pages.confirmBooking();
        pages.look("booked");
        assertThat(awaitMailTo(email, "is booked").getSubject()).contains("is booked");

        pages.open("/sessions");
        pages.look("sessions");
        assertThat(pages.shows("session-" + sessionId)).isTrue();
        pages.open("/sessions/" + sessionId + "/reschedule");
        pages.look("reschedule");
        pages.open("/plans/new?sessionId=" + sessionId);
        pages.look("plan-new");
        pages.open("/sessions/" + sessionId + "/cancel");
        pages.look("cancel");
        pages.cancel(sessionId);
        assertThat(awaitMailTo(email, "is cancelled").getSubject()).contains("is cancelled");
        assertThat(sessionStatus(sessionId)).startsWith("CANCELLED");
        pages.open("/profile");
        pages.look("profile");
        pages.open("/plans");
        pages.look("plans");
        pages.open("/profile/delete");
        pages.look("profile-delete");
    }

    @Test
    void a_client_with_a_red_flag_is_told_to_see_a_doctor_and_offered_no_booking() {
        Person client = aClient("Rui");
        pages.signIn(client.email(), client.password());

        pages.tellIntake(LOWER_BACK_PAIN, 8, "SADDLE_NUMBNESS");
        assertThat(pages.shows("see-a-doctor")).isTrue();
        pages.look("see-a-doctor");

        pages.searchFor(LOWER_BACK_PAIN, "Lisbon");
        assertThat(pages.shows("see-a-doctor")).isTrue();
        assertThat(pages.offeredSlots()).isEmpty();
    }

    @Test
    void a_pregnant_client_is_offered_only_the_prenatal_therapist_and_books_her() {
        Person client = aClient("Joana");
        pages.signIn(client.email(), client.password());
        pages.tellIntake(LOWER_BACK_PAIN, 4, "PREGNANCY");

        pages.searchFor(LOWER_BACK_PAIN, "Lisbon");

        List<String> offered = pages.offeredSlots().stream().map(slot -> slot.getAttribute("id")).toList();
        assertThat(offered).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("book-" + prenatalTherapist));
        pages.chooseFirstSlot();
        String sessionId = pages.confirmBooking();
        assertThat(sessionTherapist(sessionId)).isEqualTo(prenatalTherapist);
    }

    @Test
    void a_client_who_changes_the_session_id_in_the_address_meets_the_not_found_page() {
        Person owner = aClient("Carla");
        pages.signIn(owner.email(), owner.password());
        pages.searchFor(LOWER_BACK_PAIN, "Lisbon");
        pages.chooseFirstSlot();
        String hers = pages.confirmBooking();
        browser.quit();
        a_browser_of_their_own();

        Person other = aClient("Nuno");
        pages.signIn(other.email(), other.password());
        for (String path : List.of("/sessions/" + hers + "/cancel", "/sessions/" + hers + "/reschedule",
                "/sessions/" + hers + "/booked")) {
            pages.open(path);
            assertThat(pages.shows("not-found")).as(path).isTrue();
        }
        pages.look("not-found");
        assertThat(sessionStatus(hers)).isEqualTo("BOOKED");
    }

    @Test
    void the_same_booking_form_sent_twice_books_one_session() throws Exception {
        Person client = aClient("Teresa");
        pages.signIn(client.email(), client.password());
        pages.searchFor(LOWER_BACK_PAIN, "Lisbon");
        pages.chooseFirstSlot();
        Map<String, String> form = hiddenFieldsOf(browser.findElement(By.id("confirm-form")));
        String cookies = browser.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));

        // a double click in the browser, then the same form sent once more, as a browser's retry would
        new Actions(browser).doubleClick(browser.findElement(By.id("confirm-booking"))).perform();
        pages.await(By.id("booked-heading"));
        String booked = pages.sessionIdInAddress();
        HttpResponse<String> retry = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(clinicNet.webUrl() + "/book")).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(retry.statusCode()).isEqualTo(302);
        assertThat(retry.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("/sessions/" + booked + "/booked"));
        assertThat(sessionsOf(client.id())).isEqualTo(1);
    }

    @Test
    void while_booking_is_down_the_client_gets_a_page_saying_what_still_works_and_books_once_it_is_back() {
        Person client = aClient("Helena");
        pages.signIn(client.email(), client.password());
        clinicNet.services.bookingService.stop();
        try {
            pages.open("/sessions");
            assertThat(pages.shows("unavailable")).isTrue();
            assertThat(pages.shows("still-works")).isTrue();
            pages.look("unavailable");
        }
        finally {
            clinicNet.services.restart(clinicNet.services.bookingService);
        }
        await().atMost(WITHIN).untilAsserted(() -> {
            pages.searchFor(LOWER_BACK_PAIN, "Lisbon");
            assertThat(pages.offeredSlots()).isNotEmpty();
        });
        pages.chooseFirstSlot();
        assertThat(sessionStatus(pages.confirmBooking())).isEqualTo("BOOKED");
    }

    @Test
    void a_client_whose_sign_in_has_expired_signs_in_again_and_returns_to_the_page_they_asked_for() {
        Person client = aClient("Paulo");
        pages.signIn(client.email(), client.password());
        pages.open("/sessions");
        assertThat(pages.shows("upcoming-sessions")).isTrue();

        // the web's session and Keycloak's both gone, as after a night away (Keycloak's cookies are seen only
        // under its realm's path)
        browser.manage().deleteAllCookies();
        browser.get(clinicNet.keycloak().issuer() + "/account");
        browser.manage().deleteAllCookies();
        pages.open("/intake");
        pages.signInAs(client.email(), client.password());

        assertThat(URI.create(pages.address()).getPath()).isEqualTo("/intake");
        assertThat(pages.shows("save-intake")).isTrue();
    }

    private static Person aClient(String firstName) {
        return clinicNet.aClient(firstName);
    }

    private static String therapist(String name, String specialty, int level, String second, int secondLevel) {
        String id = clinicNet.therapistsAsAdmin().post("/therapists", Map.of("name", name, "languages", List.of("pt", "en"),
                "credentials", Map.of("licenceNumber", "MT-" + UUID.randomUUID().toString().substring(0, 8),
                        "issuingBody", "National register of massage therapists"),
                "clinicIds", List.of(clinicId), "specialties", List.of(Map.of("code", specialty, "level", level),
                        Map.of("code", second, "level", secondLevel)))).text("id");
        List<Map<String, String>> shifts = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("clinicId", clinicId, "weekday", day.name(), "starts", "08:00", "ends", "20:00")).toList();
        HttpResponseBody scheduled = clinicNet.therapistsAsAdmin().put("/therapists/" + id + "/shifts",
                Map.of("effectiveFrom", LocalDate.now(java.time.ZoneId.of("Europe/Lisbon")).toString(), "shifts", shifts));
        assertThat(scheduled.status()).as(scheduled.json().toString()).isEqualTo(200);
        return id;
    }

    private static String availability() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        return "/availability?concern=" + LOWER_BACK_PAIN + "&city=Lisbon&from=" + from + "&to="
                + from.plus(7, ChronoUnit.DAYS) + "&duration=60&limit=500";
    }

    private static List<String> therapistsOffered(HttpResponseBody slots) {
        if (slots.status() != 200) {
            return List.of();
        }
        List<String> ids = new java.util.ArrayList<>();
        slots.json().forEach(slot -> ids.add(slot.get("therapistId").asString()));
        return ids;
    }

    private static MimeMessage awaitMailTo(String address, String subjectPart) {
        return await().atMost(WITHIN).until(() -> Arrays.stream(clinicNet.mail.getReceivedMessagesForDomain(address))
                .filter(mail -> subjectOf(mail).contains(subjectPart)).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String verificationLinkIn(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        String text = content instanceof Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent())
                : String.valueOf(content);
        Matcher link = VERIFICATION_LINK.matcher(text);
        assertThat(link.find()).as("a verification link in: " + text).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    private static Map<String, String> hiddenFieldsOf(WebElement form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (WebElement input : form.findElements(By.cssSelector("input[type=hidden]"))) {
            fields.put(input.getAttribute("name"), input.getAttribute("value"));
        }
        return fields;
    }

    private static String formEncoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String sessionStatus(String sessionId) {
        return bookingQuery("SELECT status FROM session WHERE id = ?::uuid", sessionId);
    }

    private static String sessionTherapist(String sessionId) {
        return bookingQuery("SELECT therapist_id::text FROM session WHERE id = ?::uuid", sessionId);
    }

    private static int sessionsOf(String clientId) {
        return Integer.parseInt(bookingQuery("SELECT count(*)::text FROM session WHERE client_id = ?::uuid", clientId));
    }

    private static String bookingQuery(String sql, String parameter) {
        return clinicNet.bookingQuery(sql, parameter);
    }
}
