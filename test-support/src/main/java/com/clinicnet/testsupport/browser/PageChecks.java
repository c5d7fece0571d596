package com.clinicnet.testsupport.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.selenium.AxeBuilder;

/** What every page is checked for in a real browser, and its screenshot for a person to look at. */
public final class PageChecks {

    /** A small phone, as WCAG's reflow criterion names it (320 CSS px is the floor; 375 is a common phone). */
    public static final Dimension PHONE = new Dimension(375, 812);
    public static final Dimension LAPTOP = new Dimension(1280, 900);

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private PageChecks() {
    }

    /** axe-core's violations of impact serious or critical on the page shown, as "rule: help [targets]" lines. */
    public static List<String> seriousAccessibilityViolations(WebDriver browser) {
        return new AxeBuilder().analyze(browser).getViolations().stream()
                .filter(violation -> BLOCKING_IMPACTS.contains(violation.getImpact()))
                .map(violation -> violation.getId() + ": " + violation.getHelp() + " " + violation.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    /** Saves what the browser shows as {directory}/{name}.png. */
    public static Path screenshot(WebDriver browser, Path directory, String name) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
