package com.clinicnet.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.selenium.AxeBuilder;

/** What every page is checked for in a real browser, and its screenshot for a person to look at. */
public final class PageChecks {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private PageChecks() {
    }

    /** axe-core's violations of impact serious or critical on the page shown, as "rule: help" lines. */
    public static List<String> seriousAccessibilityViolations(WebDriver browser) {
        return new AxeBuilder().analyze(browser).getViolations().stream()
                .filter(violation -> BLOCKING_IMPACTS.contains(violation.getImpact()))
                .map(violation -> violation.getId() + ": " + violation.getHelp() + " " + violation.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    /** Saves what the browser shows as target/screenshots/{name}.png. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
