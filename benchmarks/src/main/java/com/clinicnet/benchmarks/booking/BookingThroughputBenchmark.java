package com.clinicnet.benchmarks.booking;

import java.sql.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.clinicnet.benchmarks.baseline.RawInsertRate;
import com.clinicnet.benchmarks.load.GatlingRun;
import com.clinicnet.benchmarks.load.LoadPlan;
import com.clinicnet.benchmarks.load.LoadStep;
import com.clinicnet.benchmarks.report.BenchmarkReport;
import com.clinicnet.benchmarks.report.LineChart;
import com.clinicnet.benchmarks.system.BenchmarkClients;
import com.clinicnet.benchmarks.system.BenchmarkNetwork;
import com.clinicnet.benchmarks.system.BenchmarkedSystem;
import com.clinicnet.benchmarks.system.RunningService;
import com.clinicnet.benchmarks.system.Scenario;
import com.clinicnet.benchmarks.system.Sql;

/**
 * Scenario 2: how many bookings per second booking-service takes with p99 under 100 ms, as a share of what the same
 * PostgreSQL server commits as raw single-row inserts into the session table. An open model (clients arrive at a
 * constant rate whatever the answers' speed), stepped up; Gatling's HTML report next to the result.
 * {@code ./mvnw -q -pl benchmarks exec:exec@booking} ({@code -Dbooking.rates=20,40,...} to choose the steps).
 */
public final class BookingThroughputBenchmark {

    static final Duration P99_LIMIT = Duration.ofMillis(100);
    private static final int CLINICS = 20;
    private static final int THERAPISTS_PER_CLINIC = 10;
    private static final int CLIENTS = 400;
    private static final String DEFAULT_RATES = "25,50,75,100,150,200,250,300,400";
    private static final double WARM_UP_PER_SECOND = 20;
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    private static final Duration EACH_STEP = Duration.ofSeconds(20);
    private static final Duration BASELINE_WARM_UP = Duration.ofSeconds(5);
    private static final Duration BASELINE_MEASURED = Duration.ofSeconds(15);

    private BookingThroughputBenchmark() {
    }

    public static void main(String[] args) {
        Scenario.run("booking", BookingThroughputBenchmark::measure);
    }

    private static void measure(BenchmarkedSystem system) throws Exception {
        RunningService booking = system.bookingService();
        BenchmarkNetwork network = BenchmarkNetwork.of(CLINICS, THERAPISTS_PER_CLINIC).publishTo(system);
        List<BenchmarkClients.Client> clients = BenchmarkClients.register(system, booking, CLIENTS, "EMAIL");
        RawInsertRate.Result raw = new RawInsertRate(system, BenchmarkNetwork.of(CLINICS, THERAPISTS_PER_CLINIC))
                .measure(RawInsertRate.SERVICE_POOL_SIZE, BASELINE_WARM_UP, BASELINE_MEASURED);

        BookingRequests requests = new BookingRequests(network, clients);
        LoadPlan plan = LoadPlan.stepped(booking.baseUrl(), requests, WARM_UP_PER_SECOND, WARM_UP, rates(), EACH_STEP);
        BenchmarkReport report = BenchmarkReport.of("booking", LoadPlan.columns());
        GatlingRun.run(BookingSimulation.class, report.directory().resolve("gatling"), "POST /sessions, stepped");

        LineChart latency = new LineChart("booking-latency.png", "POST /sessions: latency over offered load "
                + "(open model, " + EACH_STEP.toSeconds() + " s per step)", "bookings offered per second", "ms");
        plan.reportInto(report, latency);
        LoadStep best = plan.highestLevelWithin(P99_LIMIT).orElse(null);
        double bestRate = best == null ? 0 : best.succeededPerSecond();
        report.row("raw INSERT, " + RawInsertRate.SERVICE_POOL_SIZE + " connections", "", raw.perSecond(), raw.rows(),
                0, raw.p50Millis(), raw.p99Millis(), "");
        report.figure("highestBookingsPerSecondWithP99Under100ms", bestRate)
                .figure("atOfferedPerSecond", best == null ? 0 : best.offeredPerSecond())
                .figure("p99MillisAtThatRate", best == null ? null : best.succeeded().p99())
                .figure("rawInsertsPerSecond", raw.perSecond())
                .figure("bookingToRawInsertRatio", bestRate / raw.perSecond())
                // a request that timed out at the client may still have been booked: rows lie between the two
                .figure("createdAnswers", createdAnswers(plan))
                .figure("failedAnswers", failedAnswers(plan))
                .figure("sessionRows", sessionRows(system))
                .figure("bookingServiceReadyInSeconds", booking.readyIn().toMillis() / 1000.0)
                .figure("bookingServiceRssMiBAfter", booking.residentMemoryMib())
                .chart(latency.point("p99 limit", rates().getFirst(), P99_LIMIT.toMillis())
                        .point("p99 limit", rates().getLast(), P99_LIMIT.toMillis()))
                .write();
    }

    private static List<Double> rates() {
        return Arrays.stream(System.getProperty("booking.rates", DEFAULT_RATES).split(","))
                .map(String::strip).map(Double::valueOf).toList();
    }

    private static long createdAnswers(LoadPlan plan) {
        return plan.steps().stream().mapToLong(step -> step.succeeded().count()).sum();
    }

    private static long failedAnswers(LoadPlan plan) {
        return plan.steps().stream().mapToLong(LoadStep::failed).sum();
    }

    private static long sessionRows(BenchmarkedSystem system) throws Exception {
        try (Connection db = system.connect("booking-service")) {
            return Sql.count(db, "SELECT count(*) FROM session");
        }
    }
}
