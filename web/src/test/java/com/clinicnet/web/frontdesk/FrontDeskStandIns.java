package com.clinicnet.web.frontdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import com.clinicnet.web.StandInServices;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * What booking-service and therapist-service answer the front desk's pages: the Lisbon clinic with two rooms open
 * 09:00-13:00 every day, Ana and Bruno working there, and sessions as a clinic's day lists them.
 */
public final class FrontDeskStandIns {

    public static final UUID LISBON_CLINIC = StandInServices.LISBON_CLINIC;
    public static final UUID PORTO_CLINIC = UUID.fromString("77777777-7777-7777-7777-777777777777");
    public static final UUID ANA = StandInServices.ANA;
    public static final UUID BRUNO = UUID.fromString("88888888-8888-8888-8888-888888888888");
    public static final UUID WALK_IN = UUID.fromString("99999999-9999-9999-9999-999999999999");

    private FrontDeskStandIns() {
    }

    /** The Lisbon clinic as therapist-service describes it to staff, Ana and Bruno, and the concern catalogue. */
    public static void theLisbonClinicWithTwoRooms() {
        StandInServices.theCatalogueAndTheLisbonClinic();
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + LISBON_CLINIC))
                .willReturn(okJson(lisbonClinic())));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/therapists"))
                .withQueryParam("clinicId", WireMock.equalTo(LISBON_CLINIC.toString()))
                .willReturn(okJson("[" + StandInServices.ana() + ",{\"id\":\"" + BRUNO
                        + "\",\"name\":\"Bruno Lima\",\"languages\":[\"pt\"]}]")));
    }

    public static String lisbonClinic() {
        String everyDay = Arrays.stream(java.time.DayOfWeek.values())
                .map(day -> "{\"weekday\":\"" + day + "\",\"opens\":\"09:00\",\"closes\":\"13:00\"}")
                .collect(Collectors.joining(","));
        return """
                {"id":"%s","name":"ClinicNet Chiado","city":"Lisbon","address":"Rua Garrett 12",
                 "timeZone":"Europe/Lisbon","treatmentRooms":2,"bufferMinutes":10,
                 "lateCancellationNoticeMinutes":1440,"sessionTypes":[30,60,90],"openingHours":[%s],"version":3}"""
                .formatted(LISBON_CLINIC, everyDay);
    }

    /** The clinic's sessions on a day, as GET /clinics/{id}/sessions?date= answers. */
    public static void theDayAtLisbon(String date, String... sessions) {
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + LISBON_CLINIC + "/sessions"))
                .withQueryParam("date", WireMock.equalTo(date))
                .willReturn(okJson("[" + String.join(",", sessions) + "]")));
    }

    /** A session as a clinic's or a therapist's list shows it to staff. */
    public static String staffSession(UUID id, UUID therapistId, String therapistName, String clientName, int room,
            String startsAt, String endsAt, String status, String arrivedAt, String cancellationReason,
            String needToKnow) {
        return staffSession(id, therapistId, therapistName, clientName, room, startsAt, endsAt, status, arrivedAt,
                cancellationReason, null, needToKnow);
    }

    /** The same, with when the client confirmed they will come (a reminder's link, a text reply; null: not yet). */
    public static String staffSession(UUID id, UUID therapistId, String therapistName, String clientName, int room,
            String startsAt, String endsAt, String status, String arrivedAt, String cancellationReason,
            String confirmedAt, String needToKnow) {
        return """
                {"id":"%s","clinicId":"%s","therapistId":"%s","therapistName":"%s","clientId":"%s",
                 "clientName":"%s","room":%d,"startsAt":"%s","endsAt":"%s","clinicTimeZone":"Europe/Lisbon",
                 "durationMinutes":%d,"status":"%s","arrivedAt":%s,"lateCancellation":false,
                 "cancellationReason":%s,"version":2,"confirmedAt":%s,"needToKnow":%s}"""
                .formatted(id, LISBON_CLINIC, therapistId, therapistName, UUID.nameUUIDFromBytes(clientName.getBytes()),
                        clientName, room, startsAt, endsAt,
                        java.time.Duration.between(java.time.OffsetDateTime.parse(startsAt),
                                java.time.OffsetDateTime.parse(endsAt)).toMinutes(),
                        status, quoted(arrivedAt), quoted(cancellationReason), quoted(confirmedAt), needToKnow);
    }

    /** A booked session with Ana in a room. */
    public static String booked(UUID id, String clientName, int room, String startsAt, String endsAt) {
        return staffSession(id, ANA, "Ana Ribeiro", clientName, room, startsAt, endsAt, "BOOKED", null, null, "null");
    }

    /** A booked session with Ana in a room, its client having confirmed they will come at {@code confirmedAt}. */
    public static String confirmed(UUID id, String clientName, int room, String startsAt, String endsAt,
            String confirmedAt) {
        return staffSession(id, ANA, "Ana Ribeiro", clientName, room, startsAt, endsAt, "BOOKED", null, null,
                confirmedAt, "null");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
