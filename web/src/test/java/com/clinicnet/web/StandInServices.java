package com.clinicnet.web;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * booking-service and therapist-service stood in by one WireMock server (their paths do not overlap), and the
 * Lisbon clinic with Ana, a sciatica therapist, as both services describe them.
 */
public final class StandInServices {

    /** booking's waitlist keeps state between requests, as a test's story needs: joined, held, taken. */
    public static final StandInWaitlist WAITLIST = new StandInWaitlist();
    /** booking's reply links too: staged, then used once (confirmed or cancelled). */
    public static final StandInReplies REPLIES = new StandInReplies();
    public static final WireMockServer SERVICES = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .extensions(WAITLIST, REPLIES));
    public static final UUID LISBON_CLINIC = UUID.fromString("11111111-1111-1111-1111-111111111111");
    public static final UUID ANA = UUID.fromString("22222222-2222-2222-2222-222222222222");
    public static final UUID SESSION = UUID.fromString("33333333-3333-3333-3333-333333333333");
    public static final UUID BEA = UUID.fromString("66666666-6666-6666-6666-666666666666");
    private static final int SESSION_HOURS = 1;

    static {
        SERVICES.start();
    }

    private StandInServices() {
    }

    /** For a test's @DynamicPropertySource: the web calls the stand-ins. */
    public static void pointTheWebAtThem(DynamicPropertyRegistry registry) {
        registry.add("clinicnet.web.services.booking", SERVICES::baseUrl);
        registry.add("clinicnet.web.services.therapist", SERVICES::baseUrl);
        registry.add("clinicnet.web.services.notification", SERVICES::baseUrl);
    }

    public static void theCatalogueAndTheLisbonClinic() {
        SERVICES.stubFor(WireMock.get(urlPathEqualTo("/specialties")).willReturn(okJson("""
                [{"code":"SCIATICA","name":"Sciatica","description":"d","addressesConcerns":["RADIATING_LEG_PAIN"]},
                 {"code":"LOWER_BACK","name":"Lower back","description":"d","addressesConcerns":["LOWER_BACK_PAIN"]}]""")));
        SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics")).willReturn(okJson("[" + lisbonClinic() + "]")));
        SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + LISBON_CLINIC)).willReturn(okJson(lisbonClinic())));
        SERVICES.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + ANA)).willReturn(okJson(ana())));
        SERVICES.stubFor(WireMock.get(urlPathEqualTo("/therapists")).willReturn(okJson("[" + ana() + "]")));
    }

    /**
     * Ana is away on 10 December: the client's session at 10:00 is disrupted, and booking offers Ana at 14:00, Bea at
     * 10:00 and Bea the next morning, all at the Lisbon clinic; it is the one open disruption of that clinic.
     */
    public static void aDisruptionOf(UUID sessionId, UUID clientId) {
        SERVICES.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + BEA)).willReturn(okJson("""
                {"id":"%s","name":"Beatriz Lopes","languages":["pt"]}""".formatted(BEA))));
        String disruption = """
                {"sessionId":"%1$s","clientId":"%2$s","therapistId":"%3$s","clinicId":"%4$s",
                 "starts":"2026-12-10T10:00:00Z","ends":"2026-12-10T11:00:00Z","timeZone":"Europe/Lisbon",
                 "cause":"TIME_OFF","detectedAt":"2026-12-08T09:00:00Z","escalated":true,"alternatives":[
                  {"therapistId":"%3$s","clinicId":"%4$s","starts":"2026-12-10T14:00:00Z","ends":"2026-12-10T15:00:00Z","timeZone":"Europe/Lisbon"},
                  {"therapistId":"%5$s","clinicId":"%4$s","starts":"2026-12-10T10:00:00Z","ends":"2026-12-10T11:00:00Z","timeZone":"Europe/Lisbon"},
                  {"therapistId":"%5$s","clinicId":"%4$s","starts":"2026-12-11T09:00:00Z","ends":"2026-12-11T10:00:00Z","timeZone":"Europe/Lisbon"}]}"""
                .formatted(sessionId, clientId, ANA, LISBON_CLINIC, BEA);
        SERVICES.stubFor(WireMock.get(urlPathEqualTo("/sessions/" + sessionId + "/disruption"))
                .willReturn(okJson(disruption)));
        SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + LISBON_CLINIC + "/disruptions"))
                .willReturn(okJson("[" + disruption + "]")));
    }

    /** An empty waitlist that answers as booking does; call it after a reset, as any stub. */
    public static StandInWaitlist aWaitlist() {
        WAITLIST.openOn(SERVICES);
        return WAITLIST;
    }

    /** booking's reply links, with no session or link yet; call it after a reset, as any stub. */
    public static StandInReplies replyLinks() {
        REPLIES.openOn(SERVICES);
        return REPLIES;
    }

    public static String lisbonClinic() {
        return """
                {"id":"%s","name":"ClinicNet Chiado","city":"Lisbon","address":"Rua Garrett 12",
                 "timeZone":"Europe/Lisbon","lateCancellationNoticeMinutes":1440}""".formatted(LISBON_CLINIC);
    }

    public static String ana() {
        return """
                {"id":"%s","name":"Ana Ribeiro","languages":["pt","en"]}""".formatted(ANA);
    }

    /** A one-hour slot with Ana at the Lisbon clinic. */
    public static String slot(String starts) {
        return """
                {"therapistId":"%s","therapistName":"Ana Ribeiro","clinicId":"%s","clinicName":"ClinicNet Chiado",
                 "starts":"%s","ends":"%s","timeZone":"Europe/Lisbon","matchedSpecialties":["SCIATICA"],"score":5}"""
                .formatted(ANA, LISBON_CLINIC, starts, OffsetDateTime.parse(starts).plusHours(SESSION_HOURS));
    }

    /** A client's session with Ana at the Lisbon clinic. */
    public static String session(UUID clientId, UUID id, String startsAt, String endsAt, String status) {
        return """
                {"id":"%s","clientId":"%s","therapistId":"%s","clinicId":"%s","room":1,"startsAt":"%s",
                 "endsAt":"%s","clinicTimeZone":"Europe/Lisbon","durationMinutes":60,"status":"%s"}"""
                .formatted(id, clientId, ANA, LISBON_CLINIC, startsAt, endsAt, status);
    }
}
