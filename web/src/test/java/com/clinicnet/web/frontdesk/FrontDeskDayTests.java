package com.clinicnet.web.frontdesk;

import static com.clinicnet.web.frontdesk.FrontDeskStandIns.PORTO_CLINIC;
import static com.clinicnet.web.frontdesk.FrontDeskStandIns.booked;
import static com.clinicnet.web.frontdesk.FrontDeskStandIns.staffSession;
import static com.clinicnet.web.frontdesk.FrontDeskStandIns.theDayAtLisbon;
import static com.clinicnet.web.frontdesk.FrontDeskStandIns.theLisbonClinicWithTwoRooms;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.clinicnet.web.WebPageTest;
import com.github.tomakehurst.wiremock.client.WireMock;

/** The front desk's day: its clinic's rooms by time, each session in its place, the cancelled ones apart. */
class FrontDeskDayTests extends WebPageTest {

    private static final UUID MARIAS = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");
    private static final UUID JOAOS = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000002");
    private static final UUID CANCELLED = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000003");

    @BeforeEach
    void theLisbonClinic() {
        theLisbonClinicWithTwoRooms();
    }

    @Test
    void a_front_desk_with_one_clinic_goes_straight_to_that_clinics_day() throws Exception {
        mvc.perform(get("/front-desk").with(frontDesk()))
                .andExpect(redirectedUrl("/front-desk/clinics/" + LISBON_CLINIC + "/day"));
    }

    @Test
    void given_two_sessions_and_a_cancelled_one_when_the_desk_opens_the_day_then_each_is_in_its_room_and_time()
            throws Exception {
        theDayAtLisbon("2026-12-08",
                booked(MARIAS, "Maria Costa", 1, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z"),
                staffSession(JOAOS, FrontDeskStandIns.BRUNO, "Bruno Lima", "João Silva", 2, "2026-12-08T11:30:00Z",
                        "2026-12-08T12:00:00Z", "BOOKED", "2026-12-08T11:25:00Z", null, "null"),
                staffSession(CANCELLED, FrontDeskStandIns.ANA, "Ana Ribeiro", "Rui Sousa", 2, "2026-12-08T09:00:00Z",
                        "2026-12-08T10:00:00Z", "CANCELLED", null, "CLIENT_REQUEST", "null"));

        String page = dayPage("2026-12-08");

        String grid = page.substring(page.indexOf("id=\"day-grid\""), page.indexOf("id=\"day-cancelled\""));
        String tenOClock = grid.substring(grid.indexOf(">10:00</th>"), grid.indexOf(">10:30</th>"));
        assertThat(tenOClock).contains("id=\"session-" + MARIAS + "\"").contains("Maria Costa")
                .contains("Ana Ribeiro").contains("rowspan=\"2\"").contains("data-status=\"BOOKED\"")
                .contains("id=\"arrive-" + MARIAS + "\"").contains("id=\"complete-" + MARIAS + "\"")
                .contains("id=\"no-show-" + MARIAS + "\"").contains("id=\"cancel-" + MARIAS + "\"")
                .contains("Free");
        String halfPastEleven = grid.substring(grid.indexOf(">11:30</th>"), grid.indexOf(">12:00</th>"));
        assertThat(halfPastEleven).contains("id=\"session-" + JOAOS + "\"").contains("Arrived")
                .doesNotContain("id=\"arrive-" + JOAOS + "\"");
        String cancelled = page.substring(page.indexOf("id=\"day-cancelled\""));
        assertThat(cancelled).contains("id=\"session-" + CANCELLED + "\"").contains("data-status=\"CANCELLED\"")
                .contains("Rui Sousa").contains("The client asked");
        assertThat(grid).doesNotContain("Rui Sousa");
    }

    @Test
    void given_one_client_confirmed_by_a_reminder_when_the_desk_opens_the_day_then_only_that_session_is_marked_confirmed()
            throws Exception {
        theDayAtLisbon("2026-12-08",
                FrontDeskStandIns.confirmed(MARIAS, "Maria Costa", 1, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z",
                        "2026-12-07T18:02:00Z"),
                booked(JOAOS, "João Silva", 2, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z"));

        String page = dayPage("2026-12-08");

        String marias = page.substring(page.indexOf("id=\"session-" + MARIAS + "\""),
                page.indexOf("id=\"arrive-" + MARIAS + "\""));
        assertThat(marias).contains("id=\"confirmed-" + MARIAS + "\"").contains("Confirmed")
                .contains("title=\"The client confirmed they will come on Mon 7 Dec, 18:02 (Europe/Lisbon)\"")
                .contains("class=\"visually-hidden\"");
        String joaos = page.substring(page.indexOf("id=\"session-" + JOAOS + "\""),
                page.indexOf("id=\"arrive-" + JOAOS + "\""));
        assertThat(joaos).contains("Booked").doesNotContain("confirmed-").doesNotContain("Confirmed");
    }

    @Test
    void in_portuguese_a_confirmed_session_is_marked_confirmada() throws Exception {
        theDayAtLisbon("2026-12-08",
                FrontDeskStandIns.confirmed(MARIAS, "Maria Costa", 1, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z",
                        "2026-12-07T18:02:00Z"));

        String page = mvc.perform(get("/front-desk/clinics/" + LISBON_CLINIC + "/day?date=2026-12-08")
                .with(frontDesk()).locale(Locale.forLanguageTag("pt"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("Confirmada").contains("O cliente confirmou que vem em");
    }

    @Test
    void the_day_shows_previous_and_next_days_the_sheet_the_walk_in_and_the_live_status() throws Exception {
        theDayAtLisbon("2026-12-08");

        String page = dayPage("2026-12-08");

        assertThat(page).contains("date=2026-12-07\"").contains("date=2026-12-09\"").contains("id=\"day-sheet\"")
                .contains("id=\"walk-in\"").contains("id=\"live-status\"").contains("data-live=\"connecting\"")
                .contains("sse-connect=\"/front-desk/clinics/" + LISBON_CLINIC + "/live\"")
                .contains("hx-trigger=\"sse:changed\"").contains("id=\"therapist-picker\"").contains("Bruno Lima");
    }

    @Test
    void without_a_date_the_day_is_today_in_the_clinics_zone() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Lisbon")).toString();
        theDayAtLisbon(today);

        mvc.perform(get("/front-desk/clinics/" + LISBON_CLINIC + "/day").with(frontDesk()))
                .andExpect(status().isOk());

        services.verify(getRequestedFor(urlPathEqualTo("/clinics/" + LISBON_CLINIC + "/sessions"))
                .withQueryParam("date", WireMock.equalTo(today)));
    }

    @Test
    void in_portuguese_the_statuses_and_reasons_are_portuguese() throws Exception {
        theDayAtLisbon("2026-12-08",
                booked(MARIAS, "Maria Costa", 1, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z"));

        String page = mvc.perform(get("/front-desk/clinics/" + LISBON_CLINIC + "/day?date=2026-12-08")
                .with(frontDesk()).locale(Locale.forLanguageTag("pt"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("Marcada").contains("A pedido do cliente").contains("Sala 1").contains("Chegou")
                .contains("terça-feira, 8 de dezembro");
    }

    @Test
    void the_grid_alone_is_what_the_live_feed_fetches_again() throws Exception {
        theDayAtLisbon("2026-12-08",
                booked(MARIAS, "Maria Costa", 1, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z"));

        String fragment = mvc.perform(get("/front-desk/clinics/" + LISBON_CLINIC + "/day/grid?date=2026-12-08")
                .with(frontDesk())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("id=\"day-grid\"").contains("id=\"session-" + MARIAS + "\"")
                .doesNotContain("<html").doesNotContain("id=\"live-status\"");
    }

    @Test
    void a_clinic_the_desk_does_not_serve_is_not_found_and_its_day_is_never_asked_for() throws Exception {
        mvc.perform(get("/front-desk/clinics/" + PORTO_CLINIC + "/day").with(frontDesk()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/front-desk/clinics/" + PORTO_CLINIC + "/day/grid").with(frontDesk()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/front-desk/clinics/" + PORTO_CLINIC + "/live").with(frontDesk()))
                .andExpect(status().isNotFound());

        services.verify(0, getRequestedFor(urlPathMatching("/clinics/" + PORTO_CLINIC + ".*")));
    }

    @Test
    void when_booking_service_says_the_clinic_is_not_found_the_desk_sees_the_not_found_page() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + LISBON_CLINIC + "/sessions"))
                .willReturn(WireMock.notFound()));

        String page = mvc.perform(get("/front-desk/clinics/" + LISBON_CLINIC + "/day?date=2026-12-08")
                .with(frontDesk())).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"not-found\"");
    }

    @Test
    void a_therapist_asking_for_a_front_desks_day_is_told_there_is_no_such_page() throws Exception {
        mvc.perform(get("/front-desk/clinics/" + LISBON_CLINIC + "/day").with(anaTherapist()))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_printable_sheet_lists_every_session_of_the_day_by_time_with_a_print_button() throws Exception {
        theDayAtLisbon("2026-12-08",
                booked(JOAOS, "João Silva", 2, "2026-12-08T11:00:00Z", "2026-12-08T12:00:00Z"),
                booked(MARIAS, "Maria Costa", 1, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z"));

        String page = mvc.perform(get("/front-desk/clinics/" + LISBON_CLINIC + "/day/sheet?date=2026-12-08")
                .with(frontDesk())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"print-sheet\"").contains("data-print").contains("/js/front-desk.js");
        assertThat(page.indexOf("id=\"sheet-" + MARIAS + "\"")).isPositive()
                .isLessThan(page.indexOf("id=\"sheet-" + JOAOS + "\""));
        assertThat(page).contains("10:00–11:00").contains("Maria Costa").contains("Ana Ribeiro");
    }

    @Test
    void a_desk_with_two_clinics_chooses_one() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + PORTO_CLINIC)).willReturn(okJson("""
                {"id":"%s","name":"ClinicNet Ribeira","city":"Porto","address":"Cais 1","timeZone":"Europe/Lisbon",
                 "lateCancellationNoticeMinutes":1440}""".formatted(PORTO_CLINIC))));

        String page = mvc.perform(get("/front-desk").with(staff(RITA, "Rita Gomes", "FRONT_DESK", LISBON_CLINIC,
                PORTO_CLINIC))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"clinic-" + LISBON_CLINIC + "\"").contains("id=\"clinic-" + PORTO_CLINIC + "\"")
                .contains("ClinicNet Ribeira");
    }

    private String dayPage(String date) throws Exception {
        return mvc.perform(get("/front-desk/clinics/" + LISBON_CLINIC + "/day?date=" + date).with(frontDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
