package com.clinicnet.web;

import static com.clinicnet.web.StandInServices.theCatalogueAndTheLisbonClinic;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

class WhenAServiceFailsTests extends WebPageTest {

    /** Longer than the time limit (8 s in the test profile), so that only the limit can end the wait. */
    private static final int SLOWER_THAN_THE_LIMIT_MS = 16_000;

    @Test
    void given_booking_service_is_too_slow_when_maria_opens_her_sessions_then_she_gets_the_friendly_unavailable_page_in_time()
            throws Exception {
        mariaHasAProfileIn("en");
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA + "/sessions"))
                .willReturn(okJson("[]").withFixedDelay(SLOWER_THAN_THE_LIMIT_MS)));

        long started = System.nanoTime();
        String page = mvc.perform(get("/sessions").with(maria())).andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(SLOWER_THAN_THE_LIMIT_MS));
        assertThat(page).contains("id=\"unavailable\"").contains("Booking and your sessions cannot be reached")
                .doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void given_therapist_service_drops_the_connection_when_maria_looks_for_a_clinic_then_she_gets_the_friendly_unavailable_page()
            throws Exception {
        mariaHasAProfileIn("pt");
        theCatalogueAndTheLisbonClinic();
        services.stubFor(WireMock.get(urlPathEqualTo("/specialties"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String page = mvc.perform(get("/search").with(maria())).andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("lang=\"pt\"").contains("A lista de clínicas e terapeutas não está acessível")
                .doesNotContain("Exception");
    }

    @Test
    void given_booking_service_fails_with_a_500_then_the_person_sees_the_unavailable_page_not_the_error()
            throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA))
                .willReturn(aResponse().withStatus(500).withBody("java.lang.IllegalStateException: boom")));

        String page = mvc.perform(get("/sessions").with(maria())).andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"unavailable\"").doesNotContain("boom").doesNotContain("IllegalState");
    }

    @Test
    void given_every_service_is_down_then_the_home_page_still_works() throws Exception {
        services.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        mvc.perform(get("/")).andExpect(status().isOk());
    }
}
