package com.clinicnet.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import com.clinicnet.testsupport.browser.PageChecks;
import com.clinicnet.web.StandInReplies;
import com.clinicnet.web.StandInServices;

/**
 * A reminder's reply link in a real (headless) Chromium, on a phone and on a laptop, by a client who is not signed
 * in: the page asks, passes axe-core (no serious or critical violation), has one heading and does not scroll
 * sideways; the button confirms (through booking, without a token) and the page thanks them. Screenshots under
 * target/screenshots.
 */
class ReplyLinkInABrowserTests extends StandInServicesInABrowser {

    private static final int SCREEN_HEIGHT = 900;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final OffsetDateTime THURSDAY_TEN = OffsetDateTime.parse("2026-12-10T10:00:00Z");

    private StandInReplies replies;
    private UUID session;

    @BeforeEach
    void aSessionOnThursdayWithItsReminderLinks() {
        StandInServices.SERVICES.resetAll();
        replies = StandInServices.replyLinks();
        session = replies.aSessionAt(THURSDAY_TEN);
        browser.manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = { 375, 1280 })
    void a_client_who_is_not_signed_in_opens_the_confirm_link_presses_yes_and_is_thanked(int width) {
        String token = replies.confirmLink(session);

        checked("/replies/" + token, width, "reply-link-" + width);
        assertThat(browser.findElement(By.id("reply-question")).getText()).isEqualTo(
                "Will you come to your session on Thu 10 Dec, 10:00 (Europe/Lisbon) with your therapist at your clinic?");
        assertThat(browser.findElement(By.id("sign-in")).isDisplayed()).as("nobody is signed in").isTrue();
        assertThat(replies.isConfirmed(session)).as("opening the link changes nothing").isFalse();

        browser.findElement(By.id("reply-submit")).click();

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.getCurrentUrl().endsWith("/replies/" + token + "/done"));
        assertThat(browser.findElement(By.id("reply-done")).getText())
                .isEqualTo("Thank you — your session is confirmed");
        assertChecked("reply-link-done-" + width);
        assertThat(replies.isConfirmed(session)).isTrue();
        assertThat(replies.uses()).singleElement()
                .satisfies(use -> assertThat(use.authorization()).as("no Authorization header").isNull());
    }

    @Test
    void a_client_opens_the_cancel_link_and_cancels_their_session() {
        String token = replies.cancelLink(session);

        checked("/replies/" + token, 1280, "reply-link-cancel-1280");
        assertThat(browser.findElement(By.id("cancellation-notice")).getText()).contains("late cancellation");

        browser.findElement(By.id("reply-submit")).click();

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(By.id("reply-done")).isEmpty());
        assertThat(browser.findElement(By.id("reply-done")).getText()).isEqualTo("Your session is cancelled");
        assertThat(replies.isCancelled(session)).isTrue();
    }

    @Test
    void a_link_whose_session_has_started_says_so_with_no_button() {
        String token = replies.confirmLink(session);
        replies.started(session);

        checked("/replies/" + token, 1280, "reply-link-started-1280");
        assertThat(browser.findElement(By.id("reply-started")).getText())
                .isEqualTo("This link no longer works: the session has started.");
        assertThat(browser.findElements(By.id("reply-submit"))).isEmpty();
    }

    /** Opens the page at the width, keeps its screenshot, and checks it as every page is checked. */
    private void checked(String path, int width, String screenshot) {
        browser.manage().window().setSize(new Dimension(width, SCREEN_HEIGHT));
        browser.get("http://localhost:" + port + path);
        assertChecked(screenshot);
    }

    private void assertChecked(String screenshot) {
        List<String> blocking = PageChecks.seriousAccessibilityViolations(browser);
        PageChecks.screenshot(browser, SCREENSHOTS, screenshot);

        assertThat(blocking).as(screenshot).isEmpty();
        assertThat(browser.findElements(By.tagName("h1"))).as(screenshot).hasSize(1);
        Number scrollWidth = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertThat(scrollWidth.intValue()).as(screenshot + ": no sideways scrolling")
                .isLessThanOrEqualTo(viewport.intValue());
    }
}
