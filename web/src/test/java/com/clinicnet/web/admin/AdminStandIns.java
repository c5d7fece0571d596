package com.clinicnet.web.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.UUID;

import com.clinicnet.web.StandInServices;
import com.github.tomakehurst.wiremock.client.WireMock;

/** therapist-service as the admin's pages see it: the Lisbon clinic in full, the catalogue, and Ana in full. */
public final class AdminStandIns {

    public static final UUID LISBON_CLINIC = StandInServices.LISBON_CLINIC;
    public static final UUID PORTO_CLINIC = UUID.fromString("77777777-7777-7777-7777-777777777777");
    public static final UUID ANA = StandInServices.ANA;
    public static final UUID TIME_OFF = UUID.fromString("88888888-8888-8888-8888-888888888888");

    private AdminStandIns() {
    }

    public static void theNetwork() {
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics"))
                .willReturn(okJson("[" + lisbon() + "," + porto() + "]")));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + LISBON_CLINIC)).willReturn(okJson(lisbon())));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/specialties")).willReturn(okJson("""
                [{"code":"SCIATICA","name":"Sciatica","description":"Pain down the leg","addressesConcerns":["RADIATING_LEG_PAIN"]},
                 {"code":"LOWER_BACK","name":"Lower back","description":"Lower back pain","addressesConcerns":["LOWER_BACK_PAIN","STRESS"]}]""")));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/therapists")).willReturn(okJson("[" + ana() + "]")));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + ANA)).willReturn(okJson(ana())));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + LISBON_CLINIC + "/closures"))
                .willReturn(okJson("""
                        [{"date":"2026-12-25","name":"Christmas Day"},{"date":"2027-01-01","name":"New Year's Day"}]""")));
    }

    public static String lisbon() {
        return """
                {"id":"%s","name":"ClinicNet Chiado","city":"Lisbon","address":"Rua Garrett 12","timeZone":"Europe/Lisbon",
                 "treatmentRooms":3,"bufferMinutes":10,"lateCancellationNoticeMinutes":1440,"sessionTypes":[30,60,90],
                 "openingHours":[{"weekday":"MONDAY","opens":"09:00:00","closes":"20:00:00"},
                                 {"weekday":"SUNDAY","opens":"08:00:00","closes":"20:00:00"}],"version":1}""".formatted(LISBON_CLINIC);
    }

    public static String porto() {
        return """
                {"id":"%s","name":"ClinicNet Boavista","city":"Porto","address":"Avenida da Boavista 100",
                 "timeZone":"Europe/Lisbon","treatmentRooms":2,"bufferMinutes":15,"lateCancellationNoticeMinutes":720,
                 "sessionTypes":[60],"openingHours":[],"version":1}""".formatted(PORTO_CLINIC);
    }

    public static String ana() {
        return """
                {"id":"%s","name":"Ana Ribeiro","credentials":{"licenceNumber":"MT-1234","issuingBody":"ACSS"},
                 "languages":["pt","en"],"active":true,"clinicIds":["%s"],"specialties":[{"code":"SCIATICA","level":3}],
                 "schedules":[{"effectiveFrom":"2026-11-02","shifts":[{"clinicId":"%s","weekday":"MONDAY","starts":"09:00:00","ends":"17:00:00"}]}],
                 "timeOff":[{"id":"%s","from":"2026-12-24T00:00:00Z","to":"2026-12-27T00:00:00Z","reason":"Christmas"}],
                 "version":4}""".formatted(ANA, LISBON_CLINIC, LISBON_CLINIC, TIME_OFF);
    }

    /** A calendar entry as GET /therapists/{id}/calendar and the preview answer it. */
    public static String entry(String starts, String ends, long minutes) {
        return """
                {"clinicId":"%s","starts":"%s","ends":"%s","timeZone":"Europe/Lisbon","minutes":%d}"""
                .formatted(LISBON_CLINIC, starts, ends, minutes);
    }
}
