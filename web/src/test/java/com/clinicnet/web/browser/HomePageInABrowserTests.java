package com.clinicnet.web.browser;

import com.clinicnet.testsupport.browser.Browsers;
import com.clinicnet.testsupport.browser.PageChecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;


/**
 * The home page in a real (headless) Chromium, on a phone and on a laptop: no accessibility violation that axe-core
 * rates serious or critical, nothing wider than the screen, and a screenshot of each under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HomePageInABrowserTests {

    private static final int SCREEN_HEIGHT = 900;

    private static WebDriver browser;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browsers.headlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = { 375, 1280 })
    void given_a_visitor_on_a_phone_or_a_laptop_when_the_home_page_opens_then_axe_finds_no_serious_violation_and_nothing_overflows(
            int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, SCREEN_HEIGHT));
        browser.get("http://localhost:" + port + "/");

        List<String> blocking = PageChecks.seriousAccessibilityViolations(browser);
        PageChecks.screenshot(browser, java.nio.file.Path.of("target", "screenshots"), "home-" + width);

        assertThat(blocking).isEmpty();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        Number scrollWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.innerWidth;");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(viewport.intValue());
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = { 375 })
    void given_a_keyboard_user_when_they_press_tab_first_then_the_skip_link_takes_them_to_the_content(int width) {
        browser.manage().window().setSize(new Dimension(width, SCREEN_HEIGHT));
        browser.get("http://localhost:" + port + "/");

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

        assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("skip-link");
        assertThat(browser.switchTo().activeElement().getAttribute("href")).endsWith("#main");
    }
}
