package com.clinicnet.web.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The one place that chooses the browser for tests: a Chromium and its chromedriver found on this machine (Debian's
 * chromium and chromium-driver; Selenium Manager would try to download a browser, and the internet is not reachable
 * here), else Selenium Manager's choice where it can download one. Testcontainers' BrowserWebDriverContainer would
 * be the third choice where Docker runs; it is not wired in, as no Docker engine runs here.
 */
public final class Browsers {

    private static final String[] CHROMIUM_NAMES = { "chromium", "chromium-browser", "google-chrome" };
    private static final String CHROMEDRIVER = "chromedriver";

    private Browsers() {
    }

    /** A headless Chromium with a fresh profile of its own; quit it after the test. */
    public static WebDriver headlessChromium() throws IOException {
        ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile").toAbsolutePath());
        Optional<Path> browser = onPath(CHROMIUM_NAMES);
        Optional<Path> driver = onPath(CHROMEDRIVER);
        if (browser.isPresent() && driver.isPresent()) {
            options.setBinary(browser.get().toFile());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        }
        return new ChromeDriver(options);
    }

    /** Whether a local Chromium and chromedriver are installed (else the browser would have to be downloaded). */
    public static boolean localChromiumInstalled() {
        return onPath(CHROMIUM_NAMES).isPresent() && onPath(CHROMEDRIVER).isPresent();
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
        return Arrays.stream(path.split(File.pathSeparator)).filter(directory -> !directory.isBlank())
                .flatMap(directory -> Arrays.stream(names).map(name -> Path.of(directory, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
