package com.clinicnet.web.therapist;

import static com.clinicnet.web.frontdesk.FrontDeskStandIns.staffSession;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.clinicnet.web.StandInServices;
import com.clinicnet.web.WebPageTest;
import com.github.tomakehurst.wiremock.client.WireMock;

/** Ana's own day and week, what she needs to know about each client, marking sessions, and her time off. */
class TherapistPagesTests extends WebPageTest {

    private static final UUID MORNING = UUID.fromString("dddddddd-0000-0000-0000-000000000001");
    private static final UUID EVENING_BEFORE = UUID.fromString("dddddddd-0000-0000-0000-000000000002");
    private static final UUID SOMEONE_ELSES = UUID.fromString("dddddddd-0000-0000-0000-000000000003");
    private static final UUID AWAY = UUID.fromString("eeeeeeee-0000-0000-0000-000000000001");

    @BeforeEach
    void anaAtLisbon() {
        StandInServices.theCatalogueAndTheLisbonClinic();
    }

    @Test
    void given_two_sessions_around_midnight_utc_my_day_shows_only_the_one_on_that_day_in_the_clinics_zone()
            throws Exception {
        anaHas(staffSession(MORNING, ANA, "Ana Ribeiro", "Maria", 1, "2026-07-08T09:00:00+01:00",
                        "2026-07-08T10:00:00+01:00", "BOOKED", null, null, "[\"PREGNANCY\",\"HIGH_BLOOD_PRESSURE\"]"),
                // the 7th's evening is asked for too (the day either side is read) but is not the 8th
                staffSession(EVENING_BEFORE, ANA, "Ana Ribeiro", "João", 2, "2026-07-07T21:00:00+01:00",
                        "2026-07-07T22:00:00+01:00", "BOOKED", null, null, "[]"));

        String page = myDay("2026-07-08", Locale.ENGLISH);

        assertThat(page).contains("id=\"my-day\"").contains("id=\"therapist-session-" + MORNING + "\"")
                .doesNotContain("therapist-session-" + EVENING_BEFORE).contains("09:00–10:00")
                .contains("ClinicNet Chiado").contains("room 1").contains("Maria")
                .contains("Pregnant: prenatal care only").contains("High blood pressure")
                .contains("id=\"mark-completed-" + MORNING + "\"").contains("id=\"mark-no-show-" + MORNING + "\"");
        services.verify(getRequestedFor(urlPathEqualTo("/therapists/" + ANA + "/sessions"))
                .withQueryParam("from", equalTo("2026-07-07")).withQueryParam("to", equalTo("2026-07-09")));
    }

    @Test
    void a_need_to_know_code_the_web_does_not_know_reads_as_see_the_intake_in_both_languages() throws Exception {
        anaHas(staffSession(MORNING, ANA, "Ana Ribeiro", "Maria", 1, "2026-07-08T09:00:00+01:00",
                "2026-07-08T10:00:00+01:00", "BOOKED", null, null, "[\"SOMETHING_NEW\"]"));

        assertThat(myDay("2026-07-08", Locale.ENGLISH)).contains("See the intake").doesNotContain("SOMETHING_NEW<");
        assertThat(myDay("2026-07-08", Locale.forLanguageTag("pt"))).contains("Ver a ficha de admissão")
                .contains("O meu dia");
    }

    @Test
    void a_completed_session_offers_nothing_more_to_mark() throws Exception {
        anaHas(staffSession(MORNING, ANA, "Ana Ribeiro", "Maria", 1, "2026-07-08T09:00:00+01:00",
                "2026-07-08T10:00:00+01:00", "COMPLETED", null, null, "[]"));

        assertThat(myDay("2026-07-08", Locale.ENGLISH)).contains("Completed").doesNotContain("mark-completed-");
    }

    @Test
    void marking_a_no_show_posts_it_and_goes_back_to_that_day() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions/" + MORNING + "/no-show")).willReturn(okJson(
                staffSession(MORNING, ANA, "Ana Ribeiro", "Maria", 1, "2026-07-08T09:00:00+01:00",
                        "2026-07-08T10:00:00+01:00", "NO_SHOW", null, null, "[]"))));

        mvc.perform(post("/therapist/sessions/" + MORNING + "/no-show").param("date", "2026-07-08")
                .with(anaTherapist()).with(csrf())).andExpect(redirectedUrl("/therapist?date=2026-07-08"))
                .andExpect(flash().attribute("done", "therapist.done.NO_SHOW"));

        services.verify(postRequestedFor(urlPathEqualTo("/sessions/" + MORNING + "/no-show")));
    }

    @Test
    void a_refused_completion_is_shown_at_the_session() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions/" + MORNING + "/complete"))
                .willReturn(problem(409, "A session that has not begun cannot be completed", "status")));
        anaHas(staffSession(MORNING, ANA, "Ana Ribeiro", "Maria", 1, "2026-07-08T09:00:00+01:00",
                "2026-07-08T10:00:00+01:00", "BOOKED", null, null, "[]"));

        MvcResult refused = mvc.perform(post("/therapist/sessions/" + MORNING + "/complete")
                .param("date", "2026-07-08").with(anaTherapist()).with(csrf())).andReturn();
        String page = mvc.perform(get("/therapist?date=2026-07-08").with(anaTherapist())
                .flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"refusal-" + MORNING + "\"")
                .contains("A session that has not begun cannot be completed");
    }

    @Test
    void another_therapists_session_is_not_found() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/sessions/" + SOMEONE_ELSES + "/complete"))
                .willReturn(WireMock.notFound()));

        String page = mvc.perform(post("/therapist/sessions/" + SOMEONE_ELSES + "/complete").with(anaTherapist())
                .with(csrf())).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"not-found\"");
    }

    @Test
    void a_front_desk_asking_for_a_therapists_day_is_told_there_is_no_such_page() throws Exception {
        mvc.perform(get("/therapist").with(frontDesk())).andExpect(status().isNotFound());
    }

    @Test
    void my_week_shows_seven_days_from_monday_with_each_session_on_its_day() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + ANA + "/sessions"))
                .withQueryParam("from", equalTo("2026-12-07")).withQueryParam("to", equalTo("2026-12-13"))
                .willReturn(okJson("[" + staffSession(MORNING, ANA, "Ana Ribeiro", "Maria", 1,
                        "2026-12-09T10:00:00Z", "2026-12-09T11:00:00Z", "BOOKED", null, null, "[]") + "]")));

        String page = mvc.perform(get("/therapist/week?from=2026-12-09").with(anaTherapist()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"week-2026-12-07\"").contains("id=\"week-2026-12-13\"")
                .contains("from=2026-11-30").contains("from=2026-12-14");
        String wednesday = page.substring(page.indexOf("id=\"week-2026-12-09\""), page.indexOf("id=\"week-2026-12-10\""));
        assertThat(wednesday).contains("id=\"therapist-session-" + MORNING + "\"");
    }

    @Test
    void my_time_off_lists_what_is_ahead_in_the_clinics_zone_with_a_way_to_remove_each() throws Exception {
        anasTimeOff("""
                [{"id":"%s","from":"2026-08-03T08:00:00Z","to":"2026-08-07T17:00:00Z","reason":"Course"}]"""
                .formatted(AWAY));

        String page = mvc.perform(get("/therapist/time-off").with(anaTherapist())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"remove-time-off-" + AWAY + "\"").contains("Mon 3 Aug, 09:00 (Europe/Lisbon)")
                .contains("id=\"time-off-from\"").contains("id=\"time-off-to\"").contains("id=\"add-time-off\"");
    }

    @Test
    void time_off_entered_in_lisbon_time_is_sent_with_lisbons_offset_across_the_change_to_winter_time()
            throws Exception {
        anasTimeOff("[]");
        services.stubFor(WireMock.post(urlPathEqualTo("/therapists/" + ANA + "/time-off")).willReturn(okJson("""
                {"id":"%s","from":"2026-10-24T09:00:00Z","to":"2026-10-26T18:00:00Z","reason":null}""".formatted(AWAY))));

        mvc.perform(post("/therapist/time-off").param("from", "2026-10-24T10:00").param("to", "2026-10-26T18:00")
                .with(anaTherapist()).with(csrf())).andExpect(redirectedUrl("/therapist/time-off"));

        services.verify(postRequestedFor(urlPathEqualTo("/therapists/" + ANA + "/time-off")).withRequestBody(
                equalToJson("{\"from\":\"2026-10-24T10:00:00+01:00\",\"to\":\"2026-10-26T18:00:00Z\",\"reason\":null}")));
    }

    @Test
    void a_refused_period_is_shown_next_to_its_field() throws Exception {
        anasTimeOff("[]");
        services.stubFor(WireMock.post(urlPathEqualTo("/therapists/" + ANA + "/time-off"))
                .willReturn(problem(400, "must be after from", "to")));

        String page = mvc.perform(post("/therapist/time-off").param("from", "2026-10-26T10:00")
                .param("to", "2026-10-24T10:00").with(anaTherapist()).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"time-off-to-error\"").contains("must be after from")
                .contains("value=\"2026-10-26T10:00\"");
    }

    @Test
    void removing_time_off_deletes_it_at_therapist_service() throws Exception {
        services.stubFor(WireMock.delete(urlPathEqualTo("/therapists/" + ANA + "/time-off/" + AWAY))
                .willReturn(WireMock.noContent()));

        mvc.perform(post("/therapist/time-off/" + AWAY + "/remove").with(anaTherapist()).with(csrf()))
                .andExpect(redirectedUrl("/therapist/time-off"));

        services.verify(deleteRequestedFor(urlPathEqualTo("/therapists/" + ANA + "/time-off/" + AWAY)));
    }

    @Test
    void someone_elses_time_off_is_not_found() throws Exception {
        services.stubFor(WireMock.delete(urlPathEqualTo("/therapists/" + ANA + "/time-off/" + AWAY))
                .willReturn(WireMock.notFound()));

        mvc.perform(post("/therapist/time-off/" + AWAY + "/remove").with(anaTherapist()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private void anaHas(String... sessions) {
        services.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + ANA + "/sessions"))
                .willReturn(okJson("[" + String.join(",", sessions) + "]")));
    }

    private void anasTimeOff(String timeOff) {
        services.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + ANA)).willReturn(okJson("""
                {"id":"%s","name":"Ana Ribeiro","languages":["pt"],"clinicIds":["%s"],"timeOff":%s}"""
                .formatted(ANA, LISBON_CLINIC, timeOff))));
    }

    private String myDay(String date, Locale locale) throws Exception {
        return mvc.perform(get("/therapist?date=" + date).with(anaTherapist()).locale(locale))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
