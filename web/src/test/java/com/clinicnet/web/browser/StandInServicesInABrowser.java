package com.clinicnet.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.clinicnet.testsupport.browser.Browsers;
import com.clinicnet.web.StandInServices;

/**
 * The web on a random port, talking to the stand-in services, with staff signed in as {@link SignedInStaff} provides,
 * and one headless Chromium per test class: what every page test in a real browser starts from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SignedInStaff.class)
abstract class StandInServicesInABrowser {

    protected static WebDriver browser;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void servicesAtWireMock(DynamicPropertyRegistry registry) {
        StandInServices.pointTheWebAtThem(registry);
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.headlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
