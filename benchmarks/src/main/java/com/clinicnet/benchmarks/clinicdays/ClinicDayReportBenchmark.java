package com.clinicnet.benchmarks.clinicdays;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinicnet.benchmarks.report.BenchmarkReport;
import com.clinicnet.benchmarks.report.Latencies;
import com.clinicnet.benchmarks.report.Project;
import com.clinicnet.benchmarks.system.BenchmarkedSystem;
import com.clinicnet.benchmarks.system.RunningService;
import com.clinicnet.benchmarks.system.Scenario;

import tools.jackson.databind.json.JsonMapper;

/**
 * Scenario 8: {@code GET /reports/clinic-days} over two years of a 20-clinic network — 1,000,000 sessions, 100,000
 * treatment plans, 150,000 follow-ups, written straight into booking-service's PostgreSQL (fsync on) by
 * {@link ClinicNetworkHistory} — for 30 days of the whole network, 30 days of one clinic and 92 days of the network:
 * p50/p99 of the HTTP answer and of the figures' SQL alone, then {@code EXPLAIN (ANALYZE, BUFFERS)} of the SQL with
 * the indexes of V13, then one timed run and the plan without them. {@code ./mvnw -q -pl benchmarks exec:exec@clinic-days}
 * ({@code -Dclinic-days.runs=20 -Dclinic-days.sessions=1000000}).
 */
public final class ClinicDayReportBenchmark {

    private static final int DEFAULT_RUNS = 20;
    private static final int DEFAULT_SESSIONS = 1_000_000;
    private static final int WARM_UP = 10;
    /** Without its indexes every figure is a scan of the whole table per clinic and date: minutes, so once. */
    private static final int RUNS_WITHOUT_INDEXES = 1;
    /** The last day of every period: the day before "now" in {@link ClinicNetworkHistory}. */
    private static final LocalDate LAST_DAY = ClinicNetworkHistory.NOW.minusDays(1);
    private static final Duration ANSWER_WITHIN = Duration.ofMinutes(2);
    private static final Path FIGURES_SQL = Path.of("booking-service/src/main/resources/report/clinic-days.sql");
    private static final List<String> V13_INDEXES = List.of("session_by_clinic_and_start",
            "session_by_clinic_and_booking", "treatment_plan_by_clinic_and_start",
            "treatment_plan_by_clinic_and_completion", "follow_up_by_raising");
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):(from|to|clinic)\\b");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClinicDayReportBenchmark() {
    }

    public static void main(String[] args) {
        Scenario.run("clinic-days", ClinicDayReportBenchmark::measure);
    }

    private record Case(String name, int days, UUID clinic) {

        LocalDate from() {
            return LAST_DAY.minusDays(days - 1L);
        }

        String path() {
            return "/reports/clinic-days?from=" + from() + "&to=" + LAST_DAY + (clinic == null ? "" : "&clinicId=" + clinic);
        }
    }

    private static void measure(BenchmarkedSystem system) throws Exception {
        int runs = Integer.getInteger("clinic-days.runs", DEFAULT_RUNS);
        int sessions = Integer.getInteger("clinic-days.sessions", DEFAULT_SESSIONS);
        RunningService booking = system.bookingService();
        ClinicNetworkHistory history;
        UUID firstClinic;
        try (Connection db = system.connect("booking-service")) {
            history = ClinicNetworkHistory.write(db, sessions);
            firstClinic = ClinicNetworkHistory.firstClinic(db);
        }
        List<Case> cases = List.of(new Case("30 days, network (20 clinics)", 30, null),
                new Case("30 days, one clinic", 30, firstClinic),
                new Case("92 days, network (20 clinics)", 92, null));
        String figuresSql = Files.readString(Project.directory().resolve(FIGURES_SQL));
        String token = system.identity().ops();
        HttpClient http = HttpClient.newHttpClient();
        BenchmarkReport report = BenchmarkReport.of("clinic-days", "case", "rows", "runs", "HTTP p50 ms", "HTTP p99 ms",
                "HTTP max ms", "SQL p50 ms", "SQL p99 ms", "prepared SQL p50 ms", "prepared SQL p99 ms");
        report.figure("sessions", history.sessions()).figure("plans", history.plans())
                .figure("followUps", history.followUps()).figure("seedSeconds", history.seconds());
        try (Connection db = system.connect("booking-service")) {
            for (Case measured : cases) {
                String sql = bound(figuresSql, measured);
                int rows = 0;
                for (int i = 0; i < WARM_UP; i++) {
                    rows = get(http, booking, token, measured.path());
                    readAll(db, sql);
                }
                Latencies answers = new Latencies();
                Latencies statement = new Latencies();
                Latencies prepared = new Latencies();
                try (PreparedStatement asTheServiceSendsIt = prepared(db, figuresSql, measured)) {
                    for (int i = 0; i < WARM_UP; i++) {
                        readAll(asTheServiceSendsIt);
                    }
                    for (int i = 0; i < runs; i++) {
                        long started = System.nanoTime();
                        get(http, booking, token, measured.path());
                        answers.add(Duration.ofNanos(System.nanoTime() - started));
                        started = System.nanoTime();
                        readAll(db, sql);
                        statement.add(Duration.ofNanos(System.nanoTime() - started));
                        started = System.nanoTime();
                        readAll(asTheServiceSendsIt);
                        prepared.add(Duration.ofNanos(System.nanoTime() - started));
                    }
                }
                report.row(measured.name(), rows, runs, answers.p50(), answers.p99(), answers.max(), statement.p50(),
                        statement.p99(), prepared.p50(), prepared.p99());
            }
            Case network30 = cases.get(0);
            String withIndexes = explain(db, bound(figuresSql, network30));
            String oneClinic = explain(db, bound(figuresSql, cases.get(1)));
            Files.writeString(report.directory().resolve("explain-30-days-network.txt"), withIndexes);
            Files.writeString(report.directory().resolve("explain-30-days-one-clinic.txt"), oneClinic);
            report.figure("v13IndexesInThePlan", V13_INDEXES.stream().filter(withIndexes::contains).toList());
            report.figure("executionMsWithIndexes", executionMs(withIndexes));
            report.figure("executionMsOneClinic", executionMs(oneClinic));

            try (Statement drop = db.createStatement()) {
                for (String index : V13_INDEXES) {
                    drop.execute("DROP INDEX " + index);
                }
            }
            Latencies without = new Latencies();
            for (int i = 0; i < RUNS_WITHOUT_INDEXES; i++) {
                long started = System.nanoTime();
                readAll(db, bound(figuresSql, network30));
                without.add(Duration.ofNanos(System.nanoTime() - started));
            }
            String withoutIndexes = plan(db, "EXPLAIN " + bound(figuresSql, network30));
            Files.writeString(report.directory().resolve("explain-30-days-network-without-v13.txt"), withoutIndexes);
            report.row("30 days, network, SQL without V13's indexes", "", RUNS_WITHOUT_INDEXES, "", "", "",
                    without.p50(), without.p99(), "", "");
        }
        report.figure("bookingServiceRssMib", booking.residentMemoryMib()).write();
    }

    /** The answer's number of rows; anything but 200 ends the run. */
    private static int get(HttpClient http, RunningService booking, String token, String path) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(booking.baseUrl() + path))
                .header("Authorization", "Bearer " + token).timeout(ANSWER_WITHIN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body()).size();
    }

    /** Every row of the statement's answer, as the service reads them: how many. */
    private static int readAll(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return count(rows);
        }
    }

    private static int readAll(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return count(rows);
        }
    }

    private static int count(ResultSet rows) throws SQLException {
        int count = 0;
        while (rows.next()) {
            count++;
        }
        return count;
    }

    /**
     * The statement with its named parameters bound as booking-service's JdbcClient binds them (JDBC parameters:
     * after five runs the driver prepares it on the server, where PostgreSQL may choose a generic plan).
     */
    private static PreparedStatement prepared(Connection db, String sql, Case measured) throws SQLException {
        Matcher parameter = PARAMETER.matcher(sql);
        StringBuilder positional = new StringBuilder();
        List<String> order = new ArrayList<>();
        while (parameter.find()) {
            boolean inComment = sql.lastIndexOf("--", parameter.start()) > sql.lastIndexOf('\n', parameter.start());
            parameter.appendReplacement(positional, inComment ? parameter.group(1) : "?");
            if (!inComment) {
                order.add(parameter.group(1));
            }
        }
        PreparedStatement statement = db.prepareStatement(parameter.appendTail(positional).toString());
        for (int i = 0; i < order.size(); i++) {
            switch (order.get(i)) {
                case "from" -> statement.setObject(i + 1, java.sql.Date.valueOf(measured.from()));
                case "to" -> statement.setObject(i + 1, java.sql.Date.valueOf(LAST_DAY));
                default -> statement.setObject(i + 1, measured.clinic(), java.sql.Types.OTHER);
            }
        }
        return statement;
    }

    /** The report's statement with the case's values in place of its named parameters. */
    private static String bound(String sql, Case measured) {
        Map<String, String> values = Map.of("from", "'" + measured.from() + "'", "to", "'" + LAST_DAY + "'",
                "clinic", measured.clinic() == null ? "NULL" : "'" + measured.clinic() + "'");
        Matcher parameter = PARAMETER.matcher(sql);
        StringBuilder bound = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(bound, Matcher.quoteReplacement(values.get(parameter.group(1))));
        }
        return parameter.appendTail(bound).toString();
    }

    private static String explain(Connection db, String sql) throws SQLException {
        return plan(db, "EXPLAIN (ANALYZE, BUFFERS) " + sql);
    }

    private static String plan(Connection db, String explainStatement) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet lines = statement.executeQuery(explainStatement)) {
            while (lines.next()) {
                plan.add(lines.getString(1));
            }
        }
        return String.join("\n", plan) + "\n";
    }

    private static double executionMs(String plan) {
        Matcher time = Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plan);
        return time.find() ? Double.parseDouble(time.group(1)) : Double.NaN;
    }
}
