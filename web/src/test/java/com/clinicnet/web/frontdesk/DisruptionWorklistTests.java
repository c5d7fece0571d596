package com.clinicnet.web.frontdesk;

import static com.clinicnet.web.frontdesk.FrontDeskStandIns.theLisbonClinicWithTwoRooms;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.clinicnet.web.StandInServices;
import com.clinicnet.web.WebPageTest;
import com.github.tomakehurst.wiremock.client.WireMock;

/** Rita at the Lisbon desk works through the sessions their therapist can no longer give. */
class DisruptionWorklistTests extends WebPageTest {

    private static final String WORKLIST = "/front-desk/clinics/" + LISBON_CLINIC + "/disruptions";

    @BeforeEach
    void mariasSessionWithAnaIsDisrupted() {
        theLisbonClinicWithTwoRooms();
        mariaHasAProfileIn("en");
        StandInServices.aDisruptionOf(SESSION, MARIA);
    }

    @Test
    void the_worklist_names_the_client_the_time_the_cause_the_urgency_and_the_times_she_was_offered() throws Exception {
        String page = mvc.perform(get(WORKLIST).with(frontDesk())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("Maria Costa, Thu 10 Dec, 10:00 (Europe/Lisbon), with Ana Ribeiro")
                .contains("The therapist is away.").contains("id=\"urgent-" + SESSION + "\"")
                .contains("Move to Thu 10 Dec, 10:00 (Europe/Lisbon) with Beatriz Lopes at ClinicNet Chiado")
                .contains("id=\"take-" + SESSION + "-3\"");
    }

    @Test
    void taking_a_time_for_the_client_asks_booking_to_move_the_session_and_comes_back_to_the_worklist()
            throws Exception {
        String take = "/sessions/" + SESSION + "/disruption/alternatives/1";
        services.stubFor(WireMock.post(urlPathEqualTo(take)).willReturn(okJson("{}")));

        mvc.perform(post(WORKLIST + "/" + SESSION + "/alternatives/1").with(frontDesk()).with(csrf()))
                .andExpect(redirectedUrl(WORKLIST)).andExpect(flash().attribute("done", "frontDesk.done.rescheduled"));

        services.verify(postRequestedFor(urlPathEqualTo(take)));
    }

    @Test
    void another_clinics_worklist_is_not_found_and_asks_booking_nothing() throws Exception {
        mvc.perform(get("/front-desk/clinics/" + FrontDeskStandIns.PORTO_CLINIC + "/disruptions").with(frontDesk()))
                .andExpect(status().isNotFound());

        services.verify(0, WireMock.getRequestedFor(urlPathEqualTo("/clinics/" + FrontDeskStandIns.PORTO_CLINIC
                + "/disruptions")));
    }
}
