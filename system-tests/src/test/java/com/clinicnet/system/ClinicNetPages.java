package com.clinicnet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.clinicnet.testsupport.browser.PageChecks;

/**
 * A person using ClinicNet's web pages (and Keycloak's) in a real browser, by the ids the pages give their controls.
 * Every page it lands on is checked with axe-core (no serious or critical violation); {@link #look(String)} also
 * keeps a screenshot of it on a phone and on a laptop.
 */
final class ClinicNetPages {

    static final Path SCREENSHOTS = RunningClinicNet.projectDirectory().resolve("system-tests/target/screenshots");
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    private final WebDriver browser;
    private final String web;

    ClinicNetPages(WebDriver browser, String webUrl) {
        this.browser = browser;
        this.web = webUrl;
        browser.manage().window().setSize(PageChecks.LAPTOP);
    }

    void open(String path) {
        browser.get(web + path);
    }

    /** From the home page to Keycloak's sign-in form. */
    void goToSignIn() {
        open("/");
        click("home-sign-in");
        await(By.id("kc-login"));
    }

    /** Signs in on Keycloak's form, wherever it was reached from, and waits to be back at the web. */
    void signInAs(String email, String password) {
        await(By.id("kc-login"));
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        click("kc-login");
        // past the web's OAuth callback, on the page it sends the person to: opening another page before that
        // redirect has finished would be overtaken by it
        new WebDriverWait(browser, PAGE_WAIT).until(driver -> driver.getCurrentUrl().startsWith(web)
                && !driver.getCurrentUrl().contains("/login/oauth2/")
                && "complete".equals(((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return document.readyState")));
    }

    void signIn(String email, String password) {
        goToSignIn();
        signInAs(email, password);
    }

    /** Keycloak's registration form, reached from its sign-in form, as a person fills it in. */
    void register(String firstName, String lastName, String email, String password) {
        goToSignIn();
        browser.findElement(By.partialLinkText("Register")).click();
        await(By.id("firstName"));
        browser.findElement(By.id("firstName")).sendKeys(firstName);
        browser.findElement(By.id("lastName")).sendKeys(lastName);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("password-confirm")).sendKeys(password);
        browser.findElement(By.cssSelector("[type=submit]")).click();
    }

    void tellIntake(String concern, int painLevel, String... conditions) {
        open("/intake");
        check("intake-concern-" + concern);
        WebElement pain = browser.findElement(By.id("painLevel"));
        pain.clear();
        pain.sendKeys(String.valueOf(painLevel));
        for (String condition : conditions) {
            check("condition-" + condition);
        }
        submit("save-intake");
    }

    void searchFor(String concern, String city) {
        open("/search");
        await(By.id("find-slots"));
        browser.findElement(By.id("concern-" + concern)).click();
        new Select(browser.findElement(By.id("city"))).selectByValue(city);
        click("find-slots");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("slot-list")),
                ExpectedConditions.presenceOfElementLocated(By.id("no-slots")),
                ExpectedConditions.presenceOfElementLocated(By.id("see-a-doctor"))));
    }

    List<WebElement> offeredSlots() {
        return browser.findElements(By.className("book-slot"));
    }

    /** The first slot offered, up to its confirm page. */
    void chooseFirstSlot() {
        offeredSlots().getFirst().click();
        await(By.id("confirm-booking"));
    }

    /** Confirms the booking and returns the booked session's id, from the booked page's address. */
    String confirmBooking() {
        click("confirm-booking");
        await(By.id("booked-heading"));
        return sessionIdInAddress();
    }

    String sessionIdInAddress() {
        return browser.getCurrentUrl().replaceAll(".*/sessions/([0-9a-f-]{36}).*", "$1");
    }

    void cancel(String sessionId) {
        open("/sessions");
        click("cancel-" + sessionId);
        click("confirm-cancel");
        await(By.id("upcoming-sessions"));
    }

    boolean shows(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    WebElement element(String id) {
        return browser.findElement(By.id(id));
    }

    WebDriver browser() {
        return browser;
    }

    String address() {
        return browser.getCurrentUrl();
    }

    void await(By what) {
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    /** Checks the page shown with axe-core, at the laptop's size and at the phone's, and keeps a screenshot of each. */
    void look(String name) {
        for (Dimension size : List.of(PageChecks.PHONE, PageChecks.LAPTOP)) {
            browser.manage().window().setSize(size);
            assertThat(PageChecks.seriousAccessibilityViolations(browser)).as(name + " at " + size.width + " px")
                    .isEmpty();
            assertThat(browser.findElements(By.tagName("h1"))).as(name + ": one main heading").hasSize(1);
            PageChecks.screenshot(browser, SCREENSHOTS, name + "-" + size.width);
        }
    }

    private void click(String id) {
        await(By.id(id));
        browser.findElement(By.id(id)).click();
    }

    /** Clicks a form's submit button and waits until the browser has left the page it was on. */
    private void submit(String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.stalenessOf(button));
        await(By.tagName("h1"));
    }

    private void check(String id) {
        WebElement box = browser.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }
}
