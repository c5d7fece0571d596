package com.clinicnet.web.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import com.clinicnet.web.WebPageTest;
import com.github.tomakehurst.wiremock.client.WireMock;

class OperationsPagesTests extends WebPageTest {

    private static final String TODAY_ROW = "id=\"today-" + OperationsStandIns.LISBON_CLINIC + "\"";
    private static final String MONTH_ROW = "id=\"month-" + OperationsStandIns.LISBON_CLINIC + "\"";

    @Test
    void todays_figures_of_a_clinic_are_its_own_local_day() throws Exception {
        OperationsStandIns.aMonthOfClinicDays();

        String page = overview();

        assertThat(row(page, TODAY_ROW)).contains("data-figure=\"noShows\">2<")
                .contains("data-figure=\"sessionsBooked\">5<").contains("data-figure=\"shiftUtilisation\"")
                .contains(">50.0%<");
    }

    @Test
    void the_last_thirty_days_are_summed_and_a_day_before_them_is_left_out() throws Exception {
        OperationsStandIns.aMonthOfClinicDays();

        String row = row(overview(), MONTH_ROW);

        assertThat(row).contains("data-figure=\"noShows\">6<").contains("data-figure=\"sessionsBooked\">12<")
                .contains("data-figure=\"cancelled\">3<").contains("data-figure=\"lateCancelled\">1<")
                .contains("data-figure=\"plansStarted\">1<").contains("data-figure=\"followUpsConverted\">2<");
    }

    @Test
    void utilisation_over_thirty_days_is_summed_booked_minutes_over_summed_shift_minutes() throws Exception {
        OperationsStandIns.aMonthOfClinicDays();

        assertThat(row(overview(), MONTH_ROW)).contains("data-value=\"0.35\"").contains(">35.0%<");
    }

    @Test
    void a_clinic_nobody_was_on_shift_at_shows_no_utilisation_rather_than_a_division_by_zero() throws Exception {
        OperationsStandIns.aMonthOfClinicDays();

        assertThat(row(overview(), "id=\"today-" + OperationsStandIns.PORTO_CLINIC + "\""))
                .containsPattern("data-figure=\"shiftUtilisation\"[^>]*>–<");
    }

    @Test
    void the_report_asks_booking_service_for_thirty_days_up_to_today() throws Exception {
        OperationsStandIns.aMonthOfClinicDays();

        overview();

        services.verify(WireMock.getRequestedFor(urlPathEqualTo("/reports/clinic-days"))
                .withQueryParam("from", WireMock.equalTo(OperationsStandIns.todayInLisbon().minusDays(29).toString()))
                .withQueryParam("to", WireMock.equalTo(OperationsStandIns.todayInLisbon().toString())));
    }

    @Test
    void the_overview_is_in_portuguese_for_a_portuguese_browser() throws Exception {
        OperationsStandIns.aMonthOfClinicDays();

        String page = mvc.perform(get("/operations").with(operations()).header("Accept-Language", "pt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Faltas").contains("Últimos 30 dias").contains("35,0%");
    }

    @Test
    void the_charts_answer_sessions_per_day_over_the_network_and_utilisation_per_clinic() throws Exception {
        OperationsStandIns.aMonthOfClinicDays();

        mvc.perform(get("/operations/charts").with(operations())).andExpect(status().isOk())
                .andExpect(jsonPath("$.days.length()").value(30))
                .andExpect(jsonPath("$.days[29]").value(OperationsStandIns.todayInLisbon().toString()))
                .andExpect(jsonPath("$.noShows[29]").value(2))
                .andExpect(jsonPath("$.booked[29]").value(6))
                .andExpect(jsonPath("$.utilisation[0].clinicName").value("ClinicNet Boavista"))
                .andExpect(jsonPath("$.utilisation[1].daily[29]").value(0.5));
    }

    @Test
    void the_platform_state_reads_each_services_metrics() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/actuator/health/readiness"))
                .willReturn(WireMock.okJson("{\"status\":\"UP\"}")));
        services.stubFor(WireMock.get(urlPathEqualTo("/actuator/prometheus")).willReturn(aResponse()
                .withHeader("Content-Type", "text/plain; version=0.0.4").withBody(OperationsStandIns.metrics())));

        String page = mvc.perform(get("/operations/platform").with(operations())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"platform-state\"").containsPattern("id=\"readiness-booking\"[^>]*>ready<")
                .containsPattern("id=\"outbox-backlog-booking\"[^>]*>3<")
                .containsPattern("id=\"outbox-oldest-booking\"[^>]*>42.5 s<")
                .containsPattern("id=\"dead-letters-therapist\"[^>]*>3<")
                .containsPattern("id=\"consumer-lag-booking\"[^>]*>7<")
                .containsPattern("id=\"reminder-delay-notification\"[^>]*>120.0 s<")
                .contains("data-breaker=\"sms\" data-state=\"open\"").contains("data-breaker=\"email\" data-state=\"closed\"");
    }

    @Test
    void a_service_that_does_not_answer_is_shown_unreachable_and_the_page_still_answers() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/actuator/health/readiness"))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        String page = mvc.perform(get("/operations/platform").with(operations())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("id=\"readiness-booking\"[^>]*>unreachable<")
                .containsPattern("id=\"readiness-notification\"[^>]*>unreachable<");
    }

    @Test
    void a_service_that_is_not_ready_says_so() throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/actuator/health/readiness"))
                .willReturn(aResponse().withStatus(503).withBody("{\"status\":\"OUT_OF_SERVICE\"}")));

        String page = mvc.perform(get("/operations/platform").with(operations())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("id=\"readiness-therapist\"[^>]*>not ready<");
    }

    @Test
    void an_admin_asking_for_operations_is_told_there_is_no_such_page() throws Exception {
        mvc.perform(get("/operations").with(admin())).andExpect(status().isNotFound());
    }

    private String overview() throws Exception {
        return mvc.perform(get("/operations").with(operations())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The markup of one table row, from its id to its end. */
    private static String row(String page, String id) {
        int start = page.indexOf(id);
        assertThat(start).as("row " + id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
