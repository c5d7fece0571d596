package com.clinicnet.web.frontdesk;

import static com.clinicnet.web.frontdesk.FrontDeskStandIns.PORTO_CLINIC;
import static com.clinicnet.web.frontdesk.FrontDeskStandIns.booked;
import static com.clinicnet.web.frontdesk.FrontDeskStandIns.theDayAtLisbon;
import static com.clinicnet.web.frontdesk.FrontDeskStandIns.theLisbonClinicWithTwoRooms;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
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
import org.springframework.test.web.servlet.MvcResult;

import com.clinicnet.web.WebPageTest;
import com.github.tomakehurst.wiremock.client.WireMock;

/** What the desk does to a session: each a POST with CSRF, back to the day, the service's refusal shown there. */
class SessionActionsTests extends WebPageTest {

    private static final UUID MARIAS = UUID.fromString("bbbbbbbb-0000-0000-0000-000000000001");
    private static final String SESSION_AT = "/front-desk/clinics/" + LISBON_CLINIC + "/sessions/" + MARIAS;
    private static final String THE_DAY = "/front-desk/clinics/" + LISBON_CLINIC + "/day?date=2026-12-08";

    @BeforeEach
    void mariasSessionAtTen() {
        theLisbonClinicWithTwoRooms();
        services.stubFor(WireMock.post(urlPathMatching("/sessions/" + MARIAS + "/.*")).willReturn(okJson(
                booked(MARIAS, "Maria Costa", 1, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z"))));
    }

    @Test
    void marking_a_client_arrived_posts_the_arrival_and_goes_back_to_the_day() throws Exception {
        mvc.perform(post(SESSION_AT + "/arrival").param("date", "2026-12-08").with(frontDesk()).with(csrf()))
                .andExpect(redirectedUrl(THE_DAY)).andExpect(flash().attribute("done", "frontDesk.done.ARRIVED"));

        services.verify(postRequestedFor(urlPathEqualTo("/sessions/" + MARIAS + "/arrival")));
    }

    @Test
    void marking_a_session_completed_or_a_no_show_posts_to_its_own_path() throws Exception {
        mvc.perform(post(SESSION_AT + "/complete").param("date", "2026-12-08").with(frontDesk()).with(csrf()))
                .andExpect(redirectedUrl(THE_DAY));
        mvc.perform(post(SESSION_AT + "/no-show").param("date", "2026-12-08").with(frontDesk()).with(csrf()))
                .andExpect(redirectedUrl(THE_DAY));

        services.verify(postRequestedFor(urlPathEqualTo("/sessions/" + MARIAS + "/complete")));
        services.verify(postRequestedFor(urlPathEqualTo("/sessions/" + MARIAS + "/no-show")));
    }

    @Test
    void cancelling_sends_the_reason_chosen() throws Exception {
        mvc.perform(post(SESSION_AT + "/cancel").param("date", "2026-12-08").param("reason", "THERAPIST_UNAVAILABLE")
                .with(frontDesk()).with(csrf())).andExpect(redirectedUrl(THE_DAY));

        services.verify(postRequestedFor(urlPathEqualTo("/sessions/" + MARIAS + "/cancel"))
                .withRequestBody(equalToJson("{\"reason\":\"THERAPIST_UNAVAILABLE\"}")));
    }

    @Test
    void a_reason_not_in_the_list_is_refused_before_reaching_the_service() throws Exception {
        mvc.perform(post(SESSION_AT + "/cancel").param("date", "2026-12-08").param("reason", "BORED")
                .with(frontDesk()).with(csrf())).andExpect(status().is4xxClientError());

        services.verify(0, postRequestedFor(urlPathEqualTo("/sessions/" + MARIAS + "/cancel")));
    }

    @Test
    void given_the_session_is_no_longer_booked_when_the_desk_marks_an_arrival_then_the_refusal_is_shown_at_the_session()
            throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions/" + MARIAS + "/arrival"))
                .willReturn(problem(409, "Only a booked session can be marked arrived", "status")));
        theDayAtLisbon("2026-12-08", booked(MARIAS, "Maria Costa", 1, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z"));

        MvcResult refused = mvc.perform(post(SESSION_AT + "/arrival").param("date", "2026-12-08").with(frontDesk())
                .with(csrf())).andExpect(redirectedUrl(THE_DAY)).andReturn();
        String page = mvc.perform(get(THE_DAY).with(frontDesk())
                .flashAttrs(refused.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"refusal-" + MARIAS + "\"")
                .contains("Only a booked session can be marked arrived");
    }

    @Test
    void without_the_csrf_token_nothing_is_posted() throws Exception {
        mvc.perform(post(SESSION_AT + "/arrival").param("date", "2026-12-08").with(frontDesk()))
                .andExpect(status().isForbidden());

        services.verify(0, postRequestedFor(urlPathMatching("/sessions/.*")));
    }

    @Test
    void a_session_at_a_clinic_the_desk_does_not_serve_is_not_found() throws Exception {
        mvc.perform(post("/front-desk/clinics/" + PORTO_CLINIC + "/sessions/" + MARIAS + "/arrival")
                .param("date", "2026-12-08").with(frontDesk()).with(csrf())).andExpect(status().isNotFound());

        services.verify(0, postRequestedFor(urlPathMatching("/sessions/.*")));
    }

    @Test
    void rescheduling_offers_the_same_therapists_other_times_and_posts_the_one_chosen() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/sessions/" + MARIAS)).willReturn(okJson(
                booked(MARIAS, "Maria Costa", 1, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z"))));
        services.stubFor(WireMock.get(urlPathEqualTo("/availability")).willReturn(okJson(
                "[" + com.clinicnet.web.StandInServices.slot("2026-12-09T15:00:00Z") + "]")));
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions/" + MARIAS + "/reschedule")).willReturn(okJson(
                booked(MARIAS, "Maria Costa", 1, "2026-12-09T15:00:00Z", "2026-12-09T16:00:00Z"))));

        String page = mvc.perform(get(SESSION_AT + "/reschedule").with(frontDesk())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post(SESSION_AT + "/reschedule").param("startsAt", "2026-12-09T15:00Z").with(frontDesk())
                .with(csrf())).andExpect(redirectedUrl("/front-desk/clinics/" + LISBON_CLINIC + "/day?date=2026-12-09"));

        assertThat(page).contains("id=\"reschedule-to-202612091500\"");
        services.verify(WireMock.getRequestedFor(urlPathEqualTo("/availability"))
                .withQueryParam("therapistId", WireMock.equalTo(ANA.toString()))
                .withQueryParam("clinicId", WireMock.equalTo(LISBON_CLINIC.toString()))
                .withQueryParam("clientId", WireMock.equalTo(UUID.nameUUIDFromBytes("Maria Costa".getBytes()).toString())));
        services.verify(postRequestedFor(urlPathEqualTo("/sessions/" + MARIAS + "/reschedule"))
                .withRequestBody(equalToJson("{\"startsAt\":\"2026-12-09T15:00:00Z\"}")));
    }

    @Test
    void a_refused_reschedule_is_shown_on_the_page_of_other_times() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/sessions/" + MARIAS)).willReturn(okJson(
                booked(MARIAS, "Maria Costa", 1, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z"))));
        services.stubFor(WireMock.get(urlPathEqualTo("/availability")).willReturn(okJson("[]")));
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions/" + MARIAS + "/reschedule"))
                .willReturn(problem(409, "That time was just taken", "startsAt")));

        String page = mvc.perform(post(SESSION_AT + "/reschedule").param("startsAt", "2026-12-09T15:00Z")
                .with(frontDesk()).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"reschedule-error\"").contains("That time was just taken");
    }
}
