package com.clinicnet.web.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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

class AdminTherapistsTests extends WebPageTest {

    @BeforeEach
    void theNetworkExists() {
        AdminStandIns.theNetwork();
    }

    @Test
    void the_therapists_of_one_clinic_are_listed_with_their_clinics_and_levels() throws Exception {
        String page = mvc.perform(get("/admin/therapists").param("clinicId", LISBON_CLINIC.toString()).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        services.verify(getRequestedFor(urlPathEqualTo("/therapists")).withQueryParam("clinicId",
                equalTo(LISBON_CLINIC.toString())));
        assertThat(page).contains("id=\"admin-therapists\"").contains("Ana Ribeiro").contains("ClinicNet Chiado")
                .contains("SCIATICA (3)").containsOnlyOnce("<h1");
    }

    @Test
    void a_therapists_form_shows_their_level_in_each_specialty_and_their_clinics() throws Exception {
        String page = mvc.perform(get("/admin/therapists/" + ANA).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("<option value=\"3\" selected=\"selected\">3")
                .containsPattern("id=\"therapist-clinic-" + LISBON_CLINIC + "\"[^>]*checked")
                .containsPattern("id=\"therapist-languages\"[^>]*value=\"pt, en\"");
    }

    @Test
    void a_new_therapist_is_posted_with_their_specialties_levels_clinics_and_languages() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/therapists"))
                .willReturn(WireMock.okJson(AdminStandIns.ana()).withStatus(201)));

        mvc.perform(post("/admin/therapists").with(admin()).with(csrf()).param("name", "Rui Lopes")
                .param("licenceNumber", "MT-99").param("issuingBody", "ACSS").param("languages", "PT, en")
                .param("clinicIds", LISBON_CLINIC.toString(), AdminStandIns.PORTO_CLINIC.toString())
                .param("levels[SCIATICA]", "2").param("levels[LOWER_BACK]", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/therapists"));

        services.verify(postRequestedFor(urlPathEqualTo("/therapists")).withRequestBody(equalToJson("""
                {"name":"Rui Lopes","credentials":{"licenceNumber":"MT-99","issuingBody":"ACSS"},"languages":["pt","en"],
                 "clinicIds":["%s","%s"],"specialties":[{"code":"SCIATICA","level":2}]}"""
                .formatted(LISBON_CLINIC, AdminStandIns.PORTO_CLINIC))));
    }

    @Test
    void a_therapist_without_a_specialty_is_refused_next_to_the_specialties() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/therapists"))
                .willReturn(problem(400, "must not be empty", "specialties")));

        String page = mvc.perform(post("/admin/therapists").with(admin()).with(csrf()).param("name", "Rui Lopes")
                .param("clinicIds", LISBON_CLINIC.toString())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"therapist-specialties-error\"").contains("must not be empty")
                .containsPattern("id=\"therapist-name\"[^>]*value=\"Rui Lopes\"");
    }

    @Test
    void deactivating_a_therapist_asks_first_then_posts_the_deactivation() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/therapists/" + ANA + "/deactivation"))
                .willReturn(WireMock.okJson(AdminStandIns.ana())));

        String confirm = mvc.perform(get("/admin/therapists/" + ANA + "/deactivation").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/admin/therapists/" + ANA + "/deactivation").with(admin()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/therapists"));

        assertThat(confirm).contains("id=\"confirm-deactivation\"").contains("Ana Ribeiro");
        services.verify(postRequestedFor(urlPathEqualTo("/therapists/" + ANA + "/deactivation")));
    }

    @Test
    void the_therapists_page_is_not_found_for_operations() throws Exception {
        mvc.perform(get("/admin/therapists").with(operations())).andExpect(status().isNotFound());
    }
}
