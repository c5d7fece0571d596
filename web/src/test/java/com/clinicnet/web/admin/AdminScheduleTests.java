package com.clinicnet.web.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clinicnet.web.WebPageTest;
import com.github.tomakehurst.wiremock.client.WireMock;

class AdminScheduleTests extends WebPageTest {

    @BeforeEach
    void theNetworkExists() {
        AdminStandIns.theNetwork();
        services.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + ANA + "/calendar")).willReturn(WireMock.okJson("""
                [%s]""".formatted(AdminStandIns.entry("2026-12-14T09:00:00Z", "2026-12-14T17:00:00Z", 480)))));
    }

    @Test
    void the_schedule_page_starts_from_the_schedule_in_force_and_shows_the_calendar_as_it_stands() throws Exception {
        String page = mvc.perform(get("/admin/therapists/" + ANA + "/schedule").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"schedule-effective-from\"")
                .containsPattern("<option value=\"MONDAY\" selected=\"selected\">")
                .containsPattern("id=\"shift-0-starts\"[^>]*value=\"09:00\"")
                .contains("id=\"current-calendar\"").contains("data-starts=\"2026-12-14T09:00+00:00\"")
                .doesNotContain("id=\"schedule-preview\"");
    }

    @Test
    void a_preview_posts_the_schedule_for_four_weeks_from_its_date_and_marks_the_day_the_clocks_go_forward()
            throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/therapists/" + ANA + "/shifts/preview")).willReturn(WireMock.okJson("""
                [%s,%s]""".formatted(AdminStandIns.entry("2027-03-21T09:00:00Z", "2027-03-21T17:00:00Z", 480),
                AdminStandIns.entry("2027-03-28T09:00:00+01:00", "2027-03-28T17:00:00+01:00", 480)))));

        String page = mvc.perform(schedule("/preview", "2027-03-15", "SUNDAY")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        services.verify(postRequestedFor(urlPathEqualTo("/therapists/" + ANA + "/shifts/preview"))
                .withQueryParam("from", equalTo("2027-03-15")).withQueryParam("to", equalTo("2027-04-11"))
                .withRequestBody(equalToJson("""
                        {"effectiveFrom":"2027-03-15","shifts":[{"clinicId":"%s","weekday":"SUNDAY","starts":"09:00:00",
                         "ends":"17:00:00"}]}""".formatted(LISBON_CLINIC))));
        assertThat(page).contains("id=\"schedule-preview\"")
                .contains("class=\"preview-entry\" data-starts=\"2027-03-21T09:00+00:00\"")
                .contains("class=\"preview-entry\" data-starts=\"2027-03-28T09:00+01:00\"")
                .contains("data-clock-change=\"FORWARD\"").contains("Clocks go forward (Europe/Lisbon)")
                .containsPattern("id=\"schedule-effective-from\"[^>]*value=\"2027-03-15\"")
                .contains("id=\"save-schedule\"");
    }

    @Test
    void the_preview_marks_the_day_the_clocks_go_back_in_portuguese() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/therapists/" + ANA + "/shifts/preview"))
                .willReturn(WireMock.okJson("[]")));

        String page = mvc.perform(schedule("/preview", "2026-10-19", "SUNDAY").header("Accept-Language", "pt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-clock-change=\"BACK\"").contains("A hora recua (Europe/Lisbon)");
    }

    @Test
    void saving_puts_the_schedule_to_therapist_service_and_comes_back_to_the_page() throws Exception {
        services.stubFor(WireMock.put(urlPathEqualTo("/therapists/" + ANA + "/shifts"))
                .willReturn(WireMock.okJson(AdminStandIns.ana())));

        mvc.perform(schedule("", "2027-03-15", "SUNDAY")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/therapists/" + ANA + "/schedule"));

        services.verify(putRequestedFor(urlPathEqualTo("/therapists/" + ANA + "/shifts")).withRequestBody(equalToJson("""
                {"effectiveFrom":"2027-03-15","shifts":[{"clinicId":"%s","weekday":"SUNDAY","starts":"09:00:00",
                 "ends":"17:00:00"}]}""".formatted(LISBON_CLINIC))));
    }

    @Test
    void a_shift_outside_opening_hours_is_refused_next_to_its_row() throws Exception {
        services.stubFor(WireMock.post(urlPathEqualTo("/therapists/" + ANA + "/shifts/preview"))
                .willReturn(problem(422, "The shift is outside the opening hours of ClinicNet Chiado", "shifts[0]")));

        String page = mvc.perform(schedule("/preview", "2027-03-15", "TUESDAY")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"shift-0-error\"").contains("outside the opening hours")
                .containsPattern("id=\"shift-0-starts\"[^>]*aria-describedby=\"shift-0-error\"")
                .doesNotContain("id=\"schedule-preview\"");
    }

    @Test
    void adding_a_shift_keeps_the_rows_written_and_adds_an_empty_one() throws Exception {
        String page = mvc.perform(schedule("/rows", "2027-03-15", "SUNDAY")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).containsPattern("id=\"shift-0-starts\"[^>]*value=\"09:00\"").contains("id=\"shift-1-clinic\"");
    }

    @Test
    void the_schedule_of_a_therapist_therapist_service_does_not_know_is_the_not_found_page() throws Exception {
        UUID nobody = UUID.randomUUID();
        services.stubFor(WireMock.get(urlPathEqualTo("/therapists/" + nobody)).willReturn(WireMock.notFound()));

        mvc.perform(get("/admin/therapists/" + nobody + "/schedule").with(admin())).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder schedule(String action, String effectiveFrom, String weekday) {
        return post("/admin/therapists/" + ANA + "/schedule" + action).with(admin()).with(csrf())
                .param("effectiveFrom", effectiveFrom).param("shifts[0].clinicId", LISBON_CLINIC.toString())
                .param("shifts[0].weekday", weekday).param("shifts[0].starts", "09:00")
                .param("shifts[0].ends", "17:00");
    }
}
