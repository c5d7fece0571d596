package com.clinicnet.web.frontdesk;

import static com.clinicnet.web.frontdesk.FrontDeskStandIns.WALK_IN;
import static com.clinicnet.web.frontdesk.FrontDeskStandIns.theLisbonClinicWithTwoRooms;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.clinicnet.web.StandInServices;
import com.clinicnet.web.WebPageTest;
import com.github.tomakehurst.wiremock.client.WireMock;

/** A walk-in registered at the desk's clinic, then booked: find the client, a day's free times, confirm once. */
class WalkInAndBookingTests extends WebPageTest {

    private static final String DESK = "/front-desk/clinics/" + LISBON_CLINIC;
    private static final UUID BOOKED = UUID.fromString("cccccccc-0000-0000-0000-000000000001");

    @BeforeEach
    void theLisbonClinicAndItsWalkIn() {
        theLisbonClinicWithTwoRooms();
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + WALK_IN)).willReturn(okJson("""
                {"id":"%s","name":"Inês Walk-in","email":null,"phone":"+351912345678"}""".formatted(WALK_IN))));
    }

    @Test
    void the_walk_in_form_has_the_fields_the_desk_fills_in() throws Exception {
        String page = mvc.perform(get(DESK + "/walk-in").with(frontDesk())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"walk-in-name\"").contains("id=\"walk-in-phone\"").contains("id=\"walk-in-email\"")
                .contains("id=\"walk-in-language\"").contains("id=\"walk-in-channel\"").contains("id=\"walk-in-submit\"")
                .contains("for=\"walk-in-name\"");
    }

    @Test
    void given_only_a_phone_when_the_desk_registers_a_walk_in_then_they_are_registered_at_this_clinic_by_sms_and_booking_follows()
            throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/clients")).willReturn(okJson("""
                {"id":"%s","name":"Inês Walk-in","email":null,"phone":"+351912345678"}""".formatted(WALK_IN))));

        mvc.perform(post(DESK + "/walk-in").param("name", "Inês Walk-in").param("phone", "+351912345678")
                .param("email", "").param("language", "pt").param("preferredChannel", "").with(frontDesk())
                .with(csrf()))
                .andExpect(redirectedUrl(DESK + "/book?clientId=" + WALK_IN))
                .andExpect(flash().attribute("done", "frontDesk.done.registered"));

        services.verify(postRequestedFor(urlPathEqualTo("/clients")).withRequestBody(equalToJson("""
                {"name":"Inês Walk-in","email":null,"phone":"+351912345678","timeZone":"Europe/Lisbon",
                 "language":"pt","preferredChannel":"SMS","registeringClinicId":"%s"}""".formatted(LISBON_CLINIC))));
    }

    @Test
    void a_refused_phone_number_is_shown_next_to_the_phone_field_with_what_was_typed() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/clients")).willReturn(problem(400,
                "must be in international format, e.g. +351912345678", "phone")));

        String page = mvc.perform(post(DESK + "/walk-in").param("name", "Inês").param("phone", "912345678")
                .with(frontDesk()).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"walk-in-phone-error\"").contains("must be in international format")
                .contains("value=\"912345678\"").contains("value=\"Inês\"");
    }

    @Test
    void a_walk_in_at_another_clinic_is_not_found() throws Exception {
        mvc.perform(post("/front-desk/clinics/" + FrontDeskStandIns.PORTO_CLINIC + "/walk-in").param("name", "Inês")
                .with(frontDesk()).with(csrf())).andExpect(status().isNotFound());

        services.verify(0, postRequestedFor(urlPathEqualTo("/clients")));
    }

    @Test
    void the_desk_finds_a_client_by_part_of_their_name() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/clients")).withQueryParam("search", equalTo("Inê"))
                .willReturn(okJson("""
                        [{"id":"%s","name":"Inês Walk-in","email":null,"phone":"+351912345678"}]""".formatted(WALK_IN))));

        String page = mvc.perform(get(DESK + "/book").param("search", "Inê").with(frontDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"choose-client-" + WALK_IN + "\"").contains("Inês Walk-in");
    }

    @Test
    void a_search_of_one_letter_asks_for_more_without_asking_the_service() throws Exception {
        String page = mvc.perform(get(DESK + "/book").param("search", "I").with(frontDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"client-search-error\"");
        services.verify(0, getRequestedFor(urlPathEqualTo("/clients")));
    }

    @Test
    void given_a_day_the_desk_sees_the_clients_free_times_at_this_clinic_that_day() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/availability")).willReturn(okJson(
                "[" + StandInServices.slot("2026-12-08T10:00:00Z") + "]")));

        String page = mvc.perform(get(DESK + "/book").param("clientId", WALK_IN.toString())
                .param("date", "2026-12-08").with(frontDesk())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"book-for-client\"").contains("id=\"book-date\"").contains("id=\"find-slots\"")
                .contains("id=\"book-" + ANA + "-202612081000\"").contains("class=\"button book-slot\"");
        services.verify(getRequestedFor(urlPathEqualTo("/availability"))
                .withQueryParam("clientId", equalTo(WALK_IN.toString()))
                .withQueryParam("clinicId", equalTo(LISBON_CLINIC.toString()))
                .withQueryParam("from", equalTo("2026-12-08T00:00Z"))
                .withQueryParam("to", equalTo("2026-12-09T00:00Z")));
    }

    @Test
    void the_day_of_search_is_the_clinics_day_also_when_summer_time_begins() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/availability")).willReturn(okJson("[]")));

        mvc.perform(get(DESK + "/book").param("clientId", WALK_IN.toString()).param("date", "2026-03-29")
                .with(frontDesk())).andExpect(status().isOk());

        services.verify(getRequestedFor(urlPathEqualTo("/availability"))
                .withQueryParam("from", equalTo("2026-03-29T00:00Z"))
                .withQueryParam("to", equalTo("2026-03-30T00:00+01:00")));
    }

    @Test
    void confirming_books_once_with_the_forms_idempotency_key_and_shows_the_day_of_the_booking() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions")).willReturn(okJson(
                StandInServices.session(WALK_IN, BOOKED, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z", "BOOKED"))));
        String confirm = mvc.perform(get(DESK + "/book/confirm").param("clientId", WALK_IN.toString())
                .param("therapistId", ANA.toString()).param("startsAt", "2026-12-08T10:00Z").with(frontDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String key = confirm.replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");

        for (int click = 0; click < 2; click++) {
            mvc.perform(post(DESK + "/book").param("clientId", WALK_IN.toString()).param("therapistId", ANA.toString())
                    .param("startsAt", "2026-12-08T10:00Z").param("idempotencyKey", key).with(frontDesk())
                    .with(csrf()))
                    .andExpect(redirectedUrl(DESK + "/day?date=2026-12-08"))
                    .andExpect(flash().attribute("bookedSession", BOOKED));
        }

        assertThat(confirm).contains("id=\"confirm-booking\"").contains("Inês Walk-in");
        services.verify(2, postRequestedFor(urlPathEqualTo("/sessions")).withHeader("Idempotency-Key", equalTo(key))
                .withRequestBody(equalToJson("""
                        {"clientId":"%s","therapistId":"%s","clinicId":"%s","startsAt":"2026-12-08T10:00:00Z",
                         "durationMinutes":60,"planId":null}""".formatted(WALK_IN, ANA, LISBON_CLINIC))));
    }

    @Test
    void a_refused_booking_is_shown_on_the_confirm_page_keeping_the_same_key() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions")).willReturn(problem(409, "That time was just taken",
                "startsAt")));

        String page = mvc.perform(post(DESK + "/book").param("clientId", WALK_IN.toString())
                .param("therapistId", ANA.toString()).param("startsAt", "2026-12-08T10:00Z")
                .param("idempotencyKey", "key-1").with(frontDesk()).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"booking-error\"").contains("That time was just taken")
                .contains("value=\"key-1\"");
    }

    @Test
    void the_day_after_a_booking_marks_the_booked_session_for_whoever_drives_the_page() throws Exception {
        FrontDeskStandIns.theDayAtLisbon("2026-12-08");

        String page = mvc.perform(get(DESK + "/day?date=2026-12-08").with(frontDesk())
                .flashAttr("done", "frontDesk.done.booked").flashAttr("bookedSession", BOOKED))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-booked-session=\"" + BOOKED + "\"").contains("The session is booked.");
    }
}
