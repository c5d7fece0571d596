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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.github.tomakehurst.wiremock.client.WireMock;

class IntakeTests extends WebPageTest {

    @BeforeEach
    void mariaInLisbon() {
        mariaHasAProfileIn("en");
        theCatalogueAndTheLisbonClinic();
    }

    @Test
    void given_maria_answers_the_intake_then_her_answers_are_posted_to_booking_service_and_never_put_in_a_url()
            throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/clients/" + MARIA + "/intake")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody(intake(false))));

        MvcResult result = mvc.perform(post("/intake").with(maria()).with(csrf())
                .param("concerns", "RADIATING_LEG_PAIN").param("painLevel", "6")
                .param("conditions", "HIGH_BLOOD_PRESSURE").param("injuriesToAvoid", "left knee\n\nright shoulder"))
                .andExpect(redirectedUrl("/search")).andReturn();

        services.verify(postRequestedFor(urlPathEqualTo("/clients/" + MARIA + "/intake"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + MARIAS_TOKEN))
                .withRequestBody(equalToJson("""
                        {"concerns":["RADIATING_LEG_PAIN"],"painLevel":6,"conditions":["HIGH_BLOOD_PRESSURE"],
                         "injuriesToAvoid":["left knee","right shoulder"]}""")));
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("RADIATING").doesNotContain("6");
    }

    @Test
    void given_maria_declares_a_red_flag_then_she_is_advised_to_see_a_doctor_and_offered_no_booking() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/clients/" + MARIA + "/intake")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody(intake(true))));

        String page = mvc.perform(post("/intake").with(maria()).with(csrf()).param("concerns", "LOWER_BACK_PAIN")
                .param("painLevel", "8").param("conditions", "SADDLE_NUMBNESS")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"see-a-doctor\"").contains("Please see a doctor first")
                .contains("id=\"change-intake\"").doesNotContain("book-slot").doesNotContain("find-slots");
    }

    @Test
    void given_maria_forgets_the_pain_level_then_the_error_is_shown_next_to_that_field_and_nothing_is_sent()
            throws Exception {
        String page = mvc.perform(post("/intake").with(maria()).with(csrf()).param("concerns", "LOWER_BACK_PAIN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("aria-describedby=\"painLevel-error\"").contains("id=\"painLevel-error\"")
                .contains("Give a number from 0 to 10.").contains("aria-invalid=\"true\"");
        services.verify(0, postRequestedFor(urlPathEqualTo("/clients/" + MARIA + "/intake")));
    }

    @Test
    void given_maria_answered_before_when_she_opens_the_intake_then_her_answers_are_there_to_change_in_portuguese()
            throws Exception {
        mariaHasAProfileIn("pt");
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA + "/intake")).willReturn(okJson(intake(false))));

        MvcResult result = mvc.perform(get("/intake").with(maria())).andExpect(status().isOk()).andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("lang=\"pt\"").contains("Sobre a sua dor").contains("value=\"6\"")
                .contains("left knee").containsPattern("id=\"intake-concern-RADIATING_LEG_PAIN\"[^>]*checked");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    private static String intake(boolean seeADoctorFirst) {
        return """
                {"clientId":"%s","concerns":["RADIATING_LEG_PAIN"],"painLevel":6,"conditions":["HIGH_BLOOD_PRESSURE"],
                 "injuriesToAvoid":["left knee"],"seeADoctorFirst":%s}""".formatted(MARIA, seeADoctorFirst);
    }
}
