package com.clinicnet.booking.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClinicDaysDashboardTests {

    @Test
    void grafanas_clinic_days_table_runs_the_reports_own_statement_word_for_word() {
        assertThat(ClinicDaysDashboard.tableSql()).contains(ClinicDaysDashboard.figuresSqlAsGrafanaRunsIt());
    }

    @Test
    void the_statement_leaves_no_parameter_for_grafana_to_fill_but_its_variables() {
        String figures = ClinicDaysDashboard.figuresSqlAsGrafanaRunsIt();

        assertThat(figures.lines().filter(line -> !line.startsWith("--")))
                .noneMatch(line -> line.matches(".*(?<!:):(from|to|clinic)\\b.*"));
    }
}
