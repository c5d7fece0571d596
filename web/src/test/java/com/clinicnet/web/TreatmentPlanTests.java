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

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

class TreatmentPlanTests extends WebPageTest {

    private static final UUID PLAN = UUID.fromString("66666666-6666-6666-6666-666666666666");

    @BeforeEach
    void mariaHasABookedSession() {
        mariaHasAProfileIn("en");
        theCatalogueAndTheLisbonClinic();
        services.stubFor(WireMock.get(urlPathEqualTo("/sessions/" + SESSION)).willReturn(okJson(
                session(SESSION, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z", "BOOKED"))));
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA + "/intake"))
                .willReturn(aResponse().withStatus(404)));
    }

    @Test
    void given_maria_starts_six_weekly_sessions_from_her_booked_session_then_the_plan_is_started_with_that_therapist_and_clinic()
            throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/treatment-plans")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(plan())));

        String form = mvc.perform(get("/plans/new").with(maria()).param("sessionId", SESSION.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/plans").with(maria()).with(csrf()).param("sessionId", SESSION.toString())
                .param("concern", "RADIATING_LEG_PAIN").param("sessions", "6").param("intervalDays", "7"))
                .andExpect(redirectedUrl("/plans"));

        assertThat(form).contains("id=\"plan-sessions\"").contains("value=\"6\"").contains("Ana Ribeiro");
        services.verify(postRequestedFor(urlPathEqualTo("/treatment-plans")).withRequestBody(equalToJson("""
                {"clientId":"%s","therapistId":"%s","clinicId":"%s","concern":"RADIATING_LEG_PAIN","sessions":6,
                 "intervalDays":7}""".formatted(MARIA, ANA, LISBON_CLINIC))));
    }

    @Test
    void given_maria_has_a_plan_with_one_session_booked_then_she_sees_it_and_when_the_next_one_is_due() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA + "/treatment-plans"))
                .willReturn(okJson("[" + plan() + "]")));
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA + "/sessions")).willReturn(okJson("["
                + session(SESSION, "2026-12-08T10:00:00Z", "2026-12-08T11:00:00Z", "BOOKED") + "]")));

        String page = mvc.perform(get("/plans").with(maria())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("6 sessions, every 7 days, with Ana Ribeiro")
                .contains("Tue 8 Dec, 10:00 (Europe/Lisbon)").contains("Next session due by Tuesday 15 December");
    }

    private static String plan() {
        return """
                {"id":"%s","clientId":"%s","therapistId":"%s","clinicId":"%s","concern":"RADIATING_LEG_PAIN",
                 "sessionsPlanned":6,"intervalDays":7,"clinicTimeZone":"Europe/Lisbon","status":"ACTIVE"}"""
                .formatted(PLAN, MARIA, ANA, LISBON_CLINIC);
    }
}
