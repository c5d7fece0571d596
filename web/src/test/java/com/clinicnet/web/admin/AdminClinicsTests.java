package com.clinicnet.web.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clinicnet.web.WebPageTest;
import com.github.tomakehurst.wiremock.client.WireMock;

class AdminClinicsTests extends WebPageTest {

    @BeforeEach
    void theNetworkExists() {
        AdminStandIns.theNetwork();
    }

    @Test
    void an_admin_sees_every_clinic_of_the_network_with_its_zone_and_rooms() throws Exception {
        String page = mvc.perform(get("/admin/clinics").with(admin())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"admin-clinics\"").contains("ClinicNet Chiado").contains("ClinicNet Boavista")
                .contains("Europe/Lisbon").contains("30, 60, 90").containsOnlyOnce("<h1");
    }

    @Test
    void the_clinics_page_is_in_portuguese_for_a_portuguese_browser() throws Exception {
        String page = mvc.perform(get("/admin/clinics").with(admin()).header("Accept-Language", "pt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Clínicas").contains("Abrir uma clínica");
    }

    @Test
    void a_clinics_form_shows_its_notice_in_hours_and_its_opening_hours_by_weekday() throws Exception {
        String page = mvc.perform(get("/admin/clinics/" + LISBON_CLINIC).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"clinic-form\"").containsPattern("id=\"clinic-notice\"[^>]*value=\"24\"")
                .containsPattern("id=\"clinic-opens-MONDAY\"[^>]*value=\"09:00\"")
                .containsPattern("id=\"clinic-closed-TUESDAY\"[^>]*checked")
                .containsPattern("id=\"clinic-session-90\"[^>]*checked");
    }

    @Test
    void a_new_clinic_is_posted_to_therapist_service_as_it_takes_it_and_the_admin_returns_to_the_list()
            throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/clinics")).willReturn(WireMock.okJson(AdminStandIns.porto())
                .withStatus(201)));

        mvc.perform(newClinic()).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/clinics"))
                .andExpect(flash().attribute("saved", "ClinicNet Baixa"));

        services.verify(postRequestedFor(urlPathEqualTo("/clinics")).withRequestBody(equalToJson("""
                {"name":"ClinicNet Baixa","city":"Lisbon","address":"Rua Augusta 1","timeZone":"Europe/Lisbon",
                 "treatmentRooms":4,"bufferMinutes":15,"lateCancellationNoticeMinutes":720,"sessionTypes":[45,60],
                 "openingHours":[{"weekday":"MONDAY","opens":"09:00:00","closes":"19:00:00"}]}""")));
    }

    @Test
    void a_change_to_a_clinic_is_put_with_its_notice_in_minutes() throws Exception {
        services.stubFor(WireMock.put(urlPathEqualTo("/clinics/" + LISBON_CLINIC))
                .willReturn(WireMock.okJson(AdminStandIns.lisbon())));

        mvc.perform(post("/admin/clinics/" + LISBON_CLINIC).with(admin()).with(csrf()).param("name", "ClinicNet Chiado")
                .param("city", "Lisbon").param("address", "Rua Garrett 12").param("timeZone", "Europe/Lisbon")
                .param("treatmentRooms", "3").param("bufferMinutes", "10").param("notice", "90")
                .param("noticeUnit", "MINUTES").param("sessionTypes", "60"))
                .andExpect(status().is3xxRedirection());

        services.verify(putRequestedFor(urlPathEqualTo("/clinics/" + LISBON_CLINIC)).withRequestBody(equalToJson("""
                {"lateCancellationNoticeMinutes":90,"sessionTypes":[60],"openingHours":[]}""", true, true)));
    }

    @Test
    void a_refused_time_zone_is_shown_next_to_the_time_zone_field() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/clinics"))
                .willReturn(problem(400, "must be an IANA time zone such as Europe/Lisbon", "timeZone")));

        String page = mvc.perform(newClinic()).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"clinic-time-zone-error\"").contains("must be an IANA time zone")
                .containsPattern("id=\"clinic-time-zone\"[^>]*aria-describedby=\"clinic-time-zone-error\"")
                .containsPattern("id=\"clinic-name\"[^>]*value=\"ClinicNet Baixa\"");
    }

    @Test
    void refused_opening_hours_are_shown_by_the_opening_hours() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/clinics"))
                .willReturn(problem(422, "Opening hours overlap", "openingHours[0].closes")));

        String page = mvc.perform(newClinic()).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"clinic-opening-hours-error\"").contains("Opening hours overlap");
    }

    @Test
    void a_front_desk_asking_for_the_clinics_page_is_told_there_is_no_such_page() throws Exception {
        mvc.perform(get("/admin/clinics").with(frontDesk())).andExpect(status().isNotFound());
    }

    @Test
    void a_clinic_therapist_service_does_not_know_is_the_not_found_page() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/clinics/" + ANA)).willReturn(WireMock.notFound()));

        mvc.perform(get("/admin/clinics/" + ANA).with(admin())).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder newClinic() {
        return post("/admin/clinics").with(admin()).with(csrf()).param("name", "ClinicNet Baixa")
                .param("city", "Lisbon").param("address", "Rua Augusta 1").param("timeZone", "Europe/Lisbon")
                .param("treatmentRooms", "4").param("bufferMinutes", "15").param("notice", "12")
                .param("noticeUnit", "HOURS").param("sessionTypes", "45", "60")
                .param("days[0].weekday", "MONDAY").param("days[0].opens", "09:00").param("days[0].closes", "19:00")
                .param("days[1].weekday", "TUESDAY").param("days[1].opens", "09:00").param("days[1].closes", "19:00")
                .param("days[1].closed", "true")
                .param("days[6].weekday", "SUNDAY");
    }
}
