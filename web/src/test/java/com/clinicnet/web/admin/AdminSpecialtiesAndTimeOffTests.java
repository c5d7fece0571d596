package com.clinicnet.web.admin;

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

class AdminSpecialtiesAndTimeOffTests extends WebPageTest {

    @BeforeEach
    void theNetworkExists() {
        AdminStandIns.theNetwork();
    }

    @Test
    void the_catalogue_lists_each_specialty_with_the_concerns_it_addresses() throws Exception {
        String page = mvc.perform(get("/admin/specialties").with(admin())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"admin-specialties\"").contains("LOWER_BACK_PAIN, STRESS");
    }

    @Test
    void a_new_specialty_is_posted_with_its_concerns_as_a_list() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/specialties")).willReturn(WireMock.okJson("""
                {"code":"CUPPING","name":"Cupping","description":"Cups","addressesConcerns":["STRESS"]}""").withStatus(201)));

        mvc.perform(post("/admin/specialties").with(admin()).with(csrf()).param("code", "cupping")
                .param("name", "Cupping").param("description", "Suction cups ease tension")
                .param("concerns", "stress, NECK_TENSION")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/specialties"));

        services.verify(postRequestedFor(urlPathEqualTo("/specialties")).withRequestBody(equalToJson("""
                {"code":"CUPPING","name":"Cupping","description":"Suction cups ease tension",
                 "addressesConcerns":["STRESS","NECK_TENSION"]}""")));
    }

    @Test
    void a_specialty_already_in_the_catalogue_is_refused_on_the_page() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/specialties"))
                .willReturn(problem(409, "SCIATICA is already in the catalogue", "code")));

        String page = mvc.perform(post("/admin/specialties").with(admin()).with(csrf()).param("code", "SCIATICA")
                .param("name", "Sciatica").param("description", "d").param("concerns", "RADIATING_LEG_PAIN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"specialty-code-error\"").contains("already in the catalogue");
    }

    @Test
    void time_off_ahead_is_listed_in_the_clinics_zone_with_its_reason_for_staff() throws Exception {
        String page = mvc.perform(get("/admin/therapists/" + ANA + "/time-off").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"time-off-" + AdminStandIns.TIME_OFF + "\"").contains("Thu 24 Dec, 00:00 (Europe/Lisbon)")
                .contains("Christmas").contains("id=\"add-time-off\"");
    }

    @Test
    void time_off_written_in_lisbon_summer_time_is_posted_with_its_offset() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/therapists/" + ANA + "/time-off")).willReturn(WireMock.okJson("""
                {"id":"%s","from":"2027-07-01T08:00:00Z","to":"2027-07-01T12:00:00Z","reason":null}"""
                .formatted(AdminStandIns.TIME_OFF)).withStatus(201)));

        mvc.perform(post("/admin/therapists/" + ANA + "/time-off").with(admin()).with(csrf())
                .param("from", "2027-07-01T09:00").param("to", "2027-07-01T13:00").param("reason", ""))
                .andExpect(status().is3xxRedirection());

        services.verify(postRequestedFor(urlPathEqualTo("/therapists/" + ANA + "/time-off")).withRequestBody(equalToJson("""
                {"from":"2027-07-01T09:00:00+01:00","to":"2027-07-01T13:00:00+01:00","reason":null}""")));
    }

    @Test
    void time_off_that_ends_before_it_starts_is_refused_next_to_its_end() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/therapists/" + ANA + "/time-off"))
                .willReturn(problem(422, "Time off must end after it starts", "to")));

        String page = mvc.perform(post("/admin/therapists/" + ANA + "/time-off").with(admin()).with(csrf())
                .param("from", "2027-07-01T13:00").param("to", "2027-07-01T09:00")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"time-off-to-error\"").contains("must end after it starts");
    }

    @Test
    void removing_time_off_deletes_it_at_therapist_service() throws Exception {
        services.stubFor(WireMock.delete(urlPathEqualTo("/therapists/" + ANA + "/time-off/" + AdminStandIns.TIME_OFF))
                .willReturn(WireMock.noContent()));

        mvc.perform(post("/admin/therapists/" + ANA + "/time-off/" + AdminStandIns.TIME_OFF + "/removal").with(admin())
                .with(csrf())).andExpect(status().is3xxRedirection());

        services.verify(deleteRequestedFor(urlPathEqualTo("/therapists/" + ANA + "/time-off/" + AdminStandIns.TIME_OFF)));
    }
}
