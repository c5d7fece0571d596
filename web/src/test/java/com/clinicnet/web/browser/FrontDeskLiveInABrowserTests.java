package com.clinicnet.web.browser;

import static com.clinicnet.web.frontdesk.FrontDeskStandIns.booked;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.clinicnet.events.EventType;
import com.clinicnet.events.Topics;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.browser.Browsers;
import com.clinicnet.testsupport.browser.PageChecks;
import com.clinicnet.web.StandInServices;
import com.clinicnet.web.frontdesk.FrontDeskStandIns;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * The front desk's day in a real Chromium with a real Kafka broker: a session booked elsewhere appears in the grid
 * without the page being reloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clinicnet.web.live.enabled=true")
@ActiveProfiles("test")
@Import(SignedInStaff.class)
class FrontDeskLiveInABrowserTests {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final UUID LISBON = FrontDeskStandIns.LISBON_CLINIC;
    private static final UUID RITA = UUID.fromString("44444444-4444-4444-4444-444444444444");
    private static final UUID MARIAS = UUID.fromString("abababab-0000-0000-0000-000000000001");
    private static final UUID INES = UUID.fromString("abababab-0000-0000-0000-000000000002");
    private static final String DAY = "2026-12-08";

    private static WebDriver browser;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void aRealBrokerAndStandInServices(DynamicPropertyRegistry registry) {
        StandInServices.pointTheWebAtThem(registry);
        registry.add("spring.kafka.bootstrap-servers", () -> RealInfrastructure.shared().kafkaBootstrapServers());
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.headlessChromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_session_booked_elsewhere_appears_in_the_desks_grid_without_reloading(
            @org.springframework.beans.factory.annotation.Autowired
            org.springframework.kafka.config.KafkaListenerEndpointRegistry listeners) throws Exception {
        StandInServices.SERVICES.resetAll();
        FrontDeskStandIns.theLisbonClinicWithTwoRooms();
        theDayHolds(booked(MARIAS, "Maria Costa", 1, DAY + "T10:00:00Z", DAY + "T11:00:00Z"));
        await().atMost(WITHIN).until(() -> !listeners.getListenerContainer("web-live").getAssignedPartitions()
                .isEmpty());
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base() + SignedInStaff.frontDesk(RITA, "Rita Gomes", LISBON));
        browser.get(base() + "/front-desk/clinics/" + LISBON + "/day?date=" + DAY);
        await().atMost(WITHIN).until(() -> "connected".equals(
                browser.findElement(By.id("live-status")).getAttribute("data-live")));
        ((JavascriptExecutor) browser).executeScript("window.clinicNetNotReloaded = true;");

        // meanwhile Maria confirmed by her reminder's link, and a walk-in was booked
        theDayHolds(FrontDeskStandIns.confirmed(MARIAS, "Maria Costa", 1, DAY + "T10:00:00Z", DAY + "T11:00:00Z",
                        "2026-12-07T18:02:00Z"),
                booked(INES, "Inês Walk-in", 2, DAY + "T10:00:00Z", DAY + "T11:00:00Z"));
        publishedBooking(INES, LISBON);

        await().atMost(WITHIN).until(() -> !browser.findElements(By.id("session-" + INES)).isEmpty());
        assertThat(browser.findElement(By.id("session-" + INES)).getText()).contains("Inês Walk-in");
        assertThat(browser.findElement(By.id("session-" + MARIAS)).getText()).contains("Confirmed");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.clinicNetNotReloaded === true;"))
                .as("the page was not reloaded").isEqualTo(true);
        assertThat(PageChecks.seriousAccessibilityViolations(browser)).isEmpty();
        PageChecks.screenshot(browser, Path.of("target", "screenshots"), "front-desk-day-live");
    }

    private static void theDayHolds(String... sessions) {
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + LISBON + "/sessions"))
                .willReturn(okJson("[" + String.join(",", sessions) + "]")));
    }

    private static void publishedBooking(UUID sessionId, UUID clinicId) throws Exception {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.shared().kafkaBootstrapServers());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            String eventId = UUID.randomUUID().toString();
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.BOOKING_SESSIONS, sessionId.toString(),
                    """
                    {"eventId":"%s","occurredAt":"2026-12-07T09:00:00Z","sessionId":"%s","clientId":"%s",
                     "therapistId":"%s","clinicId":"%s","room":2,"startsAt":"%sT10:00:00Z","endsAt":"%sT11:00:00Z",
                     "clinicTimeZone":"Europe/Lisbon","durationMinutes":60,"version":1}"""
                            .formatted(eventId, sessionId, UUID.randomUUID(), StandInServices.ANA, clinicId, DAY, DAY));
            record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", EventType.SESSION_BOOKED_V1.typeName().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
