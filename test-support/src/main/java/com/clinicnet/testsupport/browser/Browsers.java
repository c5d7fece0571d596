package com.clinicnet.testsupport.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.selenium.BrowserWebDriverContainer;

/**
 * The one place that chooses the browser for tests, as {@code RealInfrastructure} chooses the servers:
 * <ol>
 * <li>a Chromium and its chromedriver on the PATH (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs when they are missing);</li>
 * <li>else Selenium Manager, which downloads a browser, where the internet is reachable;</li>
 * <li>else Testcontainers' browser container, where a Docker engine runs. The browser then runs inside Docker:
 * pages must be opened through {@link #reachable(String)}.</li>
 * </ol>
 * Every choice is headless Chromium with a fresh profile of its own; quit the driver after the test.
 */
public final class Browsers {

    private static final String[] CHROMIUM_NAMES = { "chromium", "chromium-browser", "google-chrome" };
    private static final String CHROMEDRIVER = "chromedriver";
    private static final InetSocketAddress BROWSER_DOWNLOADS = new InetSocketAddress("storage.googleapis.com", 443);
    private static final Duration REACHABLE_WITHIN = Duration.ofSeconds(2);
    private static final String DOCKER_HOST_NAME = "host.testcontainers.internal";

    private static BrowserWebDriverContainer container;

    private Browsers() {
    }

    /** A headless Chromium, chosen as the class describes. */
    public static synchronized WebDriver headlessChromium() {
        ChromeOptions options = options();
        Optional<Path> browser = onPath(CHROMIUM_NAMES);
        Optional<Path> driver = onPath(CHROMEDRIVER);
        if (browser.isPresent() && driver.isPresent()) {
            options.setBinary(browser.get().toFile());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        }
        if (reachable(BROWSER_DOWNLOADS)) {
            return new ChromeDriver(options);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return new RemoteWebDriver(container().getSeleniumAddress(), options);
        }
        throw new IllegalStateException("No browser for the tests: install Chromium and its driver (Debian: apt-get"
                + " install chromium chromium-driver), or run where Selenium Manager can download one or Docker runs");
    }

    /** The address a page of this machine has for the browser: itself, unless the browser runs inside Docker. */
    public static synchronized String reachable(String url) {
        if (container == null) {
            return url;
        }
        URI uri = URI.create(url);
        org.testcontainers.Testcontainers.exposeHostPorts(uri.getPort());
        return url.replaceFirst("//(localhost|127\\.0\\.0\\.1)", "//" + DOCKER_HOST_NAME);
    }

    private static ChromeOptions options() {
        try {
            return new ChromeOptions().addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-dev-shm-usage", "--lang=en",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile").toAbsolutePath());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BrowserWebDriverContainer container() {
        if (container == null) {
            container = new BrowserWebDriverContainer("selenium/standalone-chromium:latest");
            container.start();
        }
        return container;
    }

    private static boolean reachable(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, (int) REACHABLE_WITHIN.toMillis());
            return true;
        }
        catch (IOException unreachable) {
            return false;
        }
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
        return Arrays.stream(path.split(File.pathSeparator)).filter(directory -> !directory.isBlank())
                .flatMap(directory -> Arrays.stream(names).map(name -> Path.of(directory, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
