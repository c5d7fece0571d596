package com.clinicnet.booking.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Grafana's "Clinic days" dashboard of docker/observability, and the report's own statement, as the tests read them. */
final class ClinicDaysDashboard {

    /** The repository's root: Maven runs a module's tests in the module's directory. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    static final Path FILE = REPOSITORY.resolve("docker/observability/grafana/dashboards/clinic-days.json");
    static final String FROM = "CAST('${__from:date:YYYY-MM-DD}' AS date)";
    static final String TO = "CAST('${__to:date:YYYY-MM-DD}' AS date)";
    static final String CLINIC = "CAST(NULLIF('${clinic}', 'all') AS uuid)";

    private ClinicDaysDashboard() {
    }

    /** The SQL of the dashboard's table panel, with Grafana's variables in it. */
    static String tableSql() {
        try {
            JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(FILE));
            for (JsonNode panel : dashboard.path("panels")) {
                if (panel.path("type").asString().equals("table")) {
                    return panel.path("targets").get(0).path("rawSql").asString();
                }
            }
            throw new IllegalStateException("No table panel in " + FILE);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's SQL as Grafana sends it for that period and all clinics. */
    static String tableSqlFor(String from, String to) {
        return tableSql().replace("${__from:date:YYYY-MM-DD}", from).replace("${__to:date:YYYY-MM-DD}", to)
                .replace("${clinic}", "all");
    }

    /** booking-service's report/clinic-days.sql with Grafana's variables where it has parameters. */
    static String figuresSqlAsGrafanaRunsIt() {
        try (var in = ClinicDaysDashboard.class.getResourceAsStream("/report/clinic-days.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("CAST(:from AS date)", FROM)
                    .replace("CAST(:to AS date)", TO).replace("CAST(:clinic AS uuid)", CLINIC);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
