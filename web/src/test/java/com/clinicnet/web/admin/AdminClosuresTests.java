package com.clinicnet.web.admin;

import static com.clinicnet.web.admin.AdminStandIns.LISBON_CLINIC;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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

import com.clinicnet.web.WebPageTest;
import com.github.tomakehurst.wiremock.client.WireMock;

/** The administrator closes the Chiado clinic on holidays from the web. */
class AdminClosuresTests extends WebPageTest {

    private static final String PAGE = "/admin/clinics/" + LISBON_CLINIC + "/closures";

    @BeforeEach
    void theNetworkExists() {
        AdminStandIns.theNetwork();
    }

    @Test
    void the_closed_days_ahead_are_listed_with_their_names_and_a_way_to_open_each_again() throws Exception {
        String page = mvc.perform(get(PAGE).with(admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"closure-2026-12-25\"").contains("Christmas Day")
                .contains("id=\"remove-closure-2027-01-01\"").contains("id=\"add-closure\"");
    }

    @Test
    void closing_a_day_posts_it_to_therapist_service_and_comes_back_to_the_list() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/clinics/" + LISBON_CLINIC + "/closures"))
                .willReturn(WireMock.okJson("{\"date\":\"2027-06-13\",\"name\":\"Santo Antonio\"}").withStatus(201)));

        mvc.perform(post(PAGE).with(admin()).with(csrf()).param("date", "2027-06-13").param("name", "Santo Antonio"))
                .andExpect(redirectedUrl(PAGE));

        services.verify(postRequestedFor(urlPathEqualTo("/clinics/" + LISBON_CLINIC + "/closures"))
                .withRequestBody(equalToJson("{\"date\":\"2027-06-13\",\"name\":\"Santo Antonio\"}")));
    }

    @Test
    void a_day_already_past_is_refused_next_to_the_date() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/clinics/" + LISBON_CLINIC + "/closures"))
                .willReturn(problem(422, "A day already past cannot be closed", "date")));

        String page = mvc.perform(post(PAGE).with(admin()).with(csrf()).param("date", "2020-01-01")
                .param("name", "Long ago")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"closure-date-error\"").contains("cannot be closed");
    }

    @Test
    void opening_a_day_again_deletes_the_closure_at_therapist_service() throws Exception {
        services.stubFor(WireMock.delete(urlPathEqualTo("/clinics/" + LISBON_CLINIC + "/closures/2026-12-25"))
                .willReturn(WireMock.noContent()));

        mvc.perform(post(PAGE + "/2026-12-25/removal").with(admin()).with(csrf())).andExpect(redirectedUrl(PAGE));

        services.verify(deleteRequestedFor(urlPathEqualTo("/clinics/" + LISBON_CLINIC + "/closures/2026-12-25")));
    }
}
