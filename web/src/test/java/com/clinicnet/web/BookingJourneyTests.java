package com.clinicnet.web;

import static com.clinicnet.web.StandInServices.theCatalogueAndTheLisbonClinic;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

class BookingJourneyTests extends WebPageTest {

    private static final String MORNING = "2026-12-08T10:00:00Z";
    private static final String EVENING = "2026-12-08T18:00:00Z";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @BeforeEach
    void mariaInLisbon() {
        mariaHasAProfileIn("en");
        theCatalogueAndTheLisbonClinic();
    }

    @Test
    void given_maria_says_what_brings_her_here_when_she_searches_then_the_concern_is_posted_kept_out_of_the_url_and_she_sees_times_by_day_in_the_clinics_zone()
            throws Exception {
        twoSlotsOnTuesday();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/search").with(maria()).with(csrf()).session(session)
                .param("concern", "RADIATING_LEG_PAIN").param("city", "Lisbon"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/slots"));
        String page = mvc.perform(get("/slots").with(maria()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        LoggedRequest search = services.findAll(getRequestedFor(urlPathEqualTo("/availability"))).getFirst();
        assertThat(search.queryParameter("concern").firstValue()).isEqualTo("RADIATING_LEG_PAIN");
        assertThat(search.queryParameter("city").firstValue()).isEqualTo("Lisbon");
        assertThat(search.getHeader("Authorization")).isEqualTo("Bearer " + MARIAS_TOKEN);
        assertThat(page).contains("Free times for: Pain that runs down a leg")
                .contains("Tuesday 8 December")
                .contains("Tue 8 Dec, 10:00 (Europe/Lisbon)")
                .contains("Tue 8 Dec, 18:00 (Europe/Lisbon)")
                .contains("Ana Ribeiro").contains("(pt, en)").contains("Sciatica").contains("Rua Garrett 12");
    }

    @Test
    void given_maria_wants_an_evening_with_a_portuguese_speaker_when_she_filters_then_only_evening_times_remain()
            throws Exception {
        twoSlotsOnTuesday();
        MockHttpSession session = mariaSearchedForLegPainInLisbon();

        String page = mvc.perform(get("/slots").with(maria()).session(session).param("dayPart", "EVENING")
                .param("language", "pt")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String nobody = mvc.perform(get("/slots").with(maria()).session(session).param("language", "de"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Tue 8 Dec, 18:00 (Europe/Lisbon)").doesNotContain("Tue 8 Dec, 10:00");
        assertThat(nobody).contains("id=\"no-slots\"");
    }

    @Test
    void given_maria_confirms_a_time_when_she_clicks_book_twice_then_both_requests_carry_the_same_idempotency_key_and_she_sees_one_booked_session()
            throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(session(SESSION, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z", "BOOKED"))));
        String confirm = mvc.perform(get("/book").with(maria()).param("therapistId", ANA.toString())
                .param("clinicId", LISBON_CLINIC.toString()).param("startsAt", MORNING))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher key = IDEMPOTENCY_KEY.matcher(confirm);
        assertThat(key.find()).as("the confirm page carries a key").isTrue();

        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/book").with(maria()).with(csrf()).param("therapistId", ANA.toString())
                    .param("clinicId", LISBON_CLINIC.toString()).param("startsAt", MORNING)
                    .param("idempotencyKey", key.group(1)))
                    .andExpect(redirectedUrl("/sessions/" + SESSION + "/booked"));
        }

        List<LoggedRequest> bookings = services.findAll(postRequestedFor(urlPathEqualTo("/sessions")));
        assertThat(bookings).hasSize(2).allSatisfy(booking -> {
            assertThat(booking.getHeader("Idempotency-Key")).isEqualTo(key.group(1));
            assertThat(booking.getHeader("Authorization")).isEqualTo("Bearer " + MARIAS_TOKEN);
        });
        services.verify(postRequestedFor(urlPathEqualTo("/sessions")).withRequestBody(equalToJson("""
                {"clientId":"%s","therapistId":"%s","clinicId":"%s","startsAt":"2026-12-08T10:00:00Z",
                 "durationMinutes":60}""".formatted(MARIA, ANA, LISBON_CLINIC), true, true)));
        assertThat(confirm).contains("Tue 8 Dec, 10:00 (Europe/Lisbon)").contains("Ana Ribeiro");
    }

    @Test
    void given_two_people_see_the_same_confirm_page_then_each_page_has_its_own_key() throws Exception {
        String first = confirmPage();
        String second = confirmPage();

        Matcher firstKey = IDEMPOTENCY_KEY.matcher(first);
        Matcher secondKey = IDEMPOTENCY_KEY.matcher(second);
        assertThat(firstKey.find() && secondKey.find()).isTrue();
        assertThat(firstKey.group(1)).isNotEqualTo(secondKey.group(1));
    }

    @Test
    void given_the_time_was_just_taken_when_maria_books_then_the_confirm_page_says_so_next_to_the_booking_form()
            throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions"))
                .willReturn(problem(409, "The therapist is already booked at that time", "startsAt")));

        String page = mvc.perform(post("/book").with(maria()).with(csrf()).param("therapistId", ANA.toString())
                .param("clinicId", LISBON_CLINIC.toString()).param("startsAt", MORNING)
                .param("idempotencyKey", "key-1")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"booking-error\"").contains("The therapist is already booked at that time")
                .contains("aria-describedby=\"booking-error\"").contains("value=\"key-1\"");
    }

    @Test
    void given_marias_intake_has_a_red_flag_when_she_looks_for_times_then_she_is_advised_to_see_a_doctor_and_offered_no_booking()
            throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/availability")).willReturn(problem(422,
                "Please see a doctor before booking a massage: something in your intake needs a medical check first.",
                "clientId")));
        MockHttpSession session = mariaSearchedForLegPainInLisbon();

        String page = mvc.perform(get("/slots").with(maria()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"see-a-doctor\"").doesNotContain("book-slot");
    }

    @Test
    void given_maria_has_booked_when_she_opens_the_booked_page_and_downloads_the_calendar_file_then_it_has_utc_times_and_no_health_data()
            throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/sessions/" + SESSION)).willReturn(okJson(
                session(SESSION, "2026-12-08T10:00:00+00:00", "2026-12-08T11:00:00+00:00", "BOOKED"))));

        String booked = mvc.perform(get("/sessions/" + SESSION + "/booked").with(maria()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        MvcResult ics = mvc.perform(get("/sessions/" + SESSION + "/calendar.ics").with(maria()))
                .andExpect(status().isOk()).andReturn();

        assertThat(booked).contains("You are booked").contains("Tue 8 Dec, 10:00 (Europe/Lisbon)")
                .contains("id=\"add-to-calendar\"");
        assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(ics.getResponse().getContentAsString()).contains("DTSTART:20261208T100000Z\r\n")
                .contains("DTEND:20261208T110000Z\r\n").contains("LOCATION:ClinicNet Chiado\\, Rua Garrett 12")
                .contains("SUMMARY:Massage session at ClinicNet Chiado")
                .doesNotContain("RADIATING").doesNotContain("leg");
    }

    @Test
    void given_maria_speaks_portuguese_when_she_opens_the_booked_page_then_the_time_is_in_portuguese_with_the_clinics_zone_named()
            throws Exception {
        mariaHasAProfileIn("pt");
        services.stubFor(WireMock.get(urlPathEqualTo("/sessions/" + SESSION)).willReturn(okJson(
                session(SESSION, "2026-07-14T09:00:00Z", "2026-07-14T10:00:00Z", "BOOKED"))));

        String booked = mvc.perform(get("/sessions/" + SESSION + "/booked").with(maria()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // 09:00 UTC is 10:00 in Lisbon in summer
        assertThat(booked).contains("lang=\"pt\"").contains("A sua sessão está marcada")
                .contains("ter. 14 jul., 10:00 (Europe/Lisbon)");
    }

    private String confirmPage() throws Exception {
        return mvc.perform(get("/book").with(maria()).param("therapistId", ANA.toString())
                .param("clinicId", LISBON_CLINIC.toString()).param("startsAt", MORNING))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession mariaSearchedForLegPainInLisbon() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/search").with(maria()).with(csrf()).session(session)
                .param("concern", "RADIATING_LEG_PAIN").param("city", "Lisbon"))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    private static void twoSlotsOnTuesday() {
        services.stubFor(WireMock.get(urlPathEqualTo("/availability")).withQueryParam("city", equalTo("Lisbon"))
                .willReturn(okJson("[" + StandInServices.slot(MORNING) + "," + StandInServices.slot(EVENING) + "]")));
    }
}
