package com.clinicnet.web;

import static com.clinicnet.web.StandInServices.theCatalogueAndTheLisbonClinic;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

/** The page a disruption notice links to, as Maria uses it: the times offered, one to take, or cancel instead. */
class DisruptionPageTests extends WebPageTest {

    private static final String PAGE = "/sessions/" + SESSION + "/disruption";

    @BeforeEach
    void mariasSessionWithAnaIsDisrupted() {
        mariaHasAProfileIn("en");
        theCatalogueAndTheLisbonClinic();
        StandInServices.aDisruptionOf(SESSION, MARIA);
    }

    @Test
    void given_ana_is_away_when_maria_opens_the_link_then_she_sees_why_that_it_is_still_booked_and_three_times()
            throws Exception {
        String page = mvc.perform(get(PAGE).with(maria())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Ana Ribeiro can no longer see you at ClinicNet Chiado on Thu 10 Dec, 10:00 (Europe/Lisbon)")
                .contains("Your therapist is away that day.").contains("nothing is cancelled without you")
                .contains("id=\"take-offer-1\"").contains("id=\"take-offer-3\"")
                .contains("Take Thu 10 Dec, 10:00 (Europe/Lisbon) with Beatriz Lopes at ClinicNet Chiado")
                .contains("href=\"/sessions/" + SESSION + "/cancel\"");
    }

    @Test
    void when_maria_takes_the_second_time_then_booking_moves_the_session_and_she_is_back_on_my_sessions()
            throws Exception {
        String take = "/sessions/" + SESSION + "/disruption/alternatives/2";
        services.stubFor(WireMock.post(urlPathEqualTo(take)).willReturn(WireMock.okJson("{}")));

        mvc.perform(post(take).with(maria()).with(csrf())).andExpect(redirectedUrl("/sessions"))
                .andExpect(flash().attribute("done", "sessions.rescheduled"));

        services.verify(postRequestedFor(urlPathEqualTo(take)));
    }

    @Test
    void given_someone_took_that_time_meanwhile_when_maria_takes_it_then_the_page_says_so_and_offers_the_rest()
            throws Exception {
        String take = "/sessions/" + SESSION + "/disruption/alternatives/2";
        services.stubFor(WireMock.post(urlPathEqualTo(take)).willReturn(problem(409, "The slot was just taken; "
                + "please choose another", null)));

        String page = mvc.perform(post(take).with(maria()).with(csrf())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"disruption-error\"").contains("The slot was just taken")
                .contains("id=\"take-offer-1\"");
    }

    @Test
    void given_the_session_was_settled_meanwhile_when_maria_opens_the_link_then_she_lands_on_my_sessions()
            throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo(PAGE)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"title\":\"Not found\",\"detail\":\"Disruption of session\"}")));

        mvc.perform(get(PAGE).with(maria())).andExpect(redirectedUrl("/sessions"))
                .andExpect(flash().attribute("done", "sessions.disruptionSettled"));
    }
}
