package com.clinicnet.web;

import static com.clinicnet.web.StandInServices.theCatalogueAndTheLisbonClinic;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

class MySessionsTests extends WebPageTest {

    private static final UUID PAST = UUID.fromString("44444444-4444-4444-4444-444444444444");
    private static final UUID SOMEONE_ELSES = UUID.fromString("55555555-5555-5555-5555-555555555555");

    @BeforeEach
    void mariaInLisbon() {
        mariaHasAProfileIn("en");
        theCatalogueAndTheLisbonClinic();
    }

    @Test
    void given_maria_has_a_session_coming_up_and_one_behind_her_when_she_opens_my_sessions_then_she_sees_both_in_their_place()
            throws Exception {
        Instant soon = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA + "/sessions")).willReturn(okJson("["
                + session(SESSION, soon.toString(), soon.plusSeconds(3600).toString(), "BOOKED") + ","
                + session(PAST, "2026-01-06T10:00:00Z", "2026-01-06T11:00:00Z", "COMPLETED") + "]")));

        String page = mvc.perform(get("/sessions").with(maria())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        String upcoming = page.substring(page.indexOf("id=\"upcoming-sessions\""), page.indexOf("id=\"past-sessions\""));
        String past = page.substring(page.indexOf("id=\"past-sessions\""));
        assertThat(upcoming).contains("id=\"cancel-" + SESSION + "\"").contains("id=\"reschedule-" + SESSION + "\"")
                .contains("ClinicNet Chiado, Rua Garrett 12");
        assertThat(past).contains("Tue 6 Jan, 10:00 (Europe/Lisbon)").contains("Done").doesNotContain("cancel-");
    }

    @Test
    void given_marias_session_is_tomorrow_morning_when_she_asks_to_cancel_then_she_is_warned_it_is_late_before_confirming()
            throws Exception {
        Instant tomorrow = Instant.now().plus(20, ChronoUnit.HOURS);
        services.stubFor(WireMock.get(urlPathEqualTo("/sessions/" + SESSION)).willReturn(okJson(
                session(SESSION, tomorrow.toString(), tomorrow.plusSeconds(3600).toString(), "BOOKED"))));

        String page = mvc.perform(get("/sessions/" + SESSION + "/cancel").with(maria())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"late-cancellation\"").contains("24 hours").contains("id=\"confirm-cancel\"");
        services.verify(0, postRequestedFor(urlPathEqualTo("/sessions/" + SESSION + "/cancel")));
    }

    @Test
    void given_marias_session_is_next_week_when_she_asks_to_cancel_then_there_is_no_late_warning() throws Exception {
        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS);
        services.stubFor(WireMock.get(urlPathEqualTo("/sessions/" + SESSION)).willReturn(okJson(
                session(SESSION, nextWeek.toString(), nextWeek.plusSeconds(3600).toString(), "BOOKED"))));

        String page = mvc.perform(get("/sessions/" + SESSION + "/cancel").with(maria())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("id=\"late-cancellation\"").contains("id=\"cancellation-notice\"");
    }

    @Test
    void given_maria_confirms_the_cancellation_then_booking_service_cancels_it_and_she_is_told() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions/" + SESSION + "/cancel")).willReturn(okJson(
                session(SESSION, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z", "CANCELLED"))));

        mvc.perform(post("/sessions/" + SESSION + "/cancel").with(maria()).with(csrf()))
                .andExpect(redirectedUrl("/sessions"));

        services.verify(postRequestedFor(urlPathEqualTo("/sessions/" + SESSION + "/cancel"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + MARIAS_TOKEN)));
    }

    @Test
    void given_a_form_posted_without_its_csrf_token_then_it_is_refused_and_nothing_is_cancelled() throws Exception {
        mvc.perform(post("/sessions/" + SESSION + "/cancel").with(maria())).andExpect(status().isForbidden());

        services.verify(0, postRequestedFor(urlPathEqualTo("/sessions/" + SESSION + "/cancel")));
    }

    @Test
    void given_an_htmx_request_then_the_csrf_token_the_page_carries_in_its_meta_tag_is_accepted_as_a_header()
            throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA + "/sessions")).willReturn(okJson("[]")));
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions/" + SESSION + "/cancel")).willReturn(okJson(
                session(SESSION, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z", "CANCELLED"))));
        org.springframework.mock.web.MockHttpSession browserSession = new org.springframework.mock.web.MockHttpSession();
        String page = mvc.perform(get("/sessions").with(maria()).session(browserSession)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher header = java.util.regex.Pattern
                .compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\">").matcher(page);
        java.util.regex.Matcher token = java.util.regex.Pattern
                .compile("<meta name=\"_csrf\" content=\"([^\"]+)\">").matcher(page);
        assertThat(header.find() && token.find()).as("the layout carries the token for clinicnet.js").isTrue();

        mvc.perform(post("/sessions/" + SESSION + "/cancel").with(maria()).session(browserSession)
                .header("HX-Request", "true").header(header.group(1), token.group(1)))
                .andExpect(redirectedUrl("/sessions"));
        mvc.perform(post("/sessions/" + SESSION + "/cancel").with(maria()).session(browserSession)
                .header("HX-Request", "true").header(header.group(1), "not-the-token"))
                .andExpect(status().isForbidden());

        services.verify(1, postRequestedFor(urlPathEqualTo("/sessions/" + SESSION + "/cancel")));
    }

    @Test
    void given_maria_changes_the_session_id_in_the_url_to_someone_elses_then_she_sees_the_not_found_page()
            throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/sessions/" + SOMEONE_ELSES)).willReturn(
                aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"title\":\"Not found\",\"detail\":\"Session not found\"}")));

        for (String page : new String[] { "/booked", "/cancel", "/reschedule", "/calendar.ics" }) {
            String body = mvc.perform(get("/sessions/" + SOMEONE_ELSES + page).with(maria()))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(page).contains("id=\"not-found\"").doesNotContain("Exception");
        }
        mvc.perform(get("/sessions/not-a-session-id/booked").with(maria())).andExpect(status().isNotFound());
    }

    @Test
    void given_maria_picks_another_offered_time_when_she_reschedules_then_booking_service_moves_the_session()
            throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/sessions/" + SESSION)).willReturn(okJson(
                session(SESSION, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z", "BOOKED"))));
        services.stubFor(WireMock.get(urlPathEqualTo("/availability")).willReturn(okJson("""
                [{"therapistId":"%s","therapistName":"Ana Ribeiro","clinicId":"%s","clinicName":"ClinicNet Chiado",
                  "starts":"2026-12-09T15:00:00Z","ends":"2026-12-09T16:00:00Z","timeZone":"Europe/Lisbon",
                  "matchedSpecialties":[]}]""".formatted(ANA, LISBON_CLINIC))));
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions/" + SESSION + "/reschedule")).willReturn(okJson(
                session(SESSION, "2026-12-09T15:00:00Z", "2026-12-09T16:00:00Z", "BOOKED"))));

        String offer = mvc.perform(get("/sessions/" + SESSION + "/reschedule").with(maria()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/sessions/" + SESSION + "/reschedule").with(maria()).with(csrf())
                .param("startsAt", "2026-12-09T15:00Z")).andExpect(redirectedUrl("/sessions"));

        assertThat(offer).contains("Move to Wed 9 Dec, 15:00 (Europe/Lisbon)");
        services.verify(WireMock.getRequestedFor(urlPathEqualTo("/availability"))
                .withQueryParam("therapistId", WireMock.equalTo(ANA.toString()))
                .withQueryParam("clinicId", WireMock.equalTo(LISBON_CLINIC.toString())));
        services.verify(postRequestedFor(urlPathEqualTo("/sessions/" + SESSION + "/reschedule"))
                .withRequestBody(equalToJson("{\"startsAt\":\"2026-12-09T15:00:00Z\"}")));
    }
}
