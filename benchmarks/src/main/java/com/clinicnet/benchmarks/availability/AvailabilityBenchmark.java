package com.clinicnet.benchmarks.availability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

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
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;

/**
 * Scenario 3: GET /availability for a whole city over 14 days, with 20 clinics, 200 therapists and 20,000 sessions
 * already booked: p50/p99 and the searches per second served, under an open-model load stepped up. The slot
 * computation alone is measured by JMH in booking-service (README, "Benchmarks").
 * {@code ./mvnw -q -pl benchmarks exec:exec@availability} ({@code -Davailability.rates=5,10,...}).
 */
public final class AvailabilityBenchmark {

    private static final Duration P99_LIMIT = Duration.ofMillis(500);
    private static final int CLINICS = 20;
    private static final int THERAPISTS_PER_CLINIC = 10;
    private static final int SESSIONS_PER_THERAPIST = 100;
    /** The working days (Monday to Saturday) in the 14 days searched. */
    private static final int WORKING_DAYS = 12;
    private static final int SEARCH_DAYS = 14;
    private static final int RESULTS = 100;
    private static final int CLIENTS = 20;
    private static final String DEFAULT_RATES = "5,10,15,20,30,40,50";
    private static final double WARM_UP_PER_SECOND = 5;
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    private static final Duration EACH_STEP = Duration.ofSeconds(20);

    private AvailabilityBenchmark() {
    }

    public static void main(String[] args) {
        Scenario.run("availability", AvailabilityBenchmark::measure);
    }

    private static void measure(BenchmarkedSystem system) throws Exception {
        RunningService booking = system.bookingService();
        BenchmarkNetwork network = BenchmarkNetwork.of(CLINICS, THERAPISTS_PER_CLINIC).publishTo(system);
        List<BenchmarkClients.Client> clients = BenchmarkClients.register(system, booking, CLIENTS, "EMAIL");
        long sessions = ExistingSessions.seed(system, network, clients.getFirst().id(), SESSIONS_PER_THERAPIST,
                WORKING_DAYS, THERAPISTS_PER_CLINIC);
        String path = searchPath(network);
        int found = probe(booking, clients.getFirst(), path);

        LoadPlan plan = LoadPlan.stepped(booking.baseUrl(), searches(clients, path), WARM_UP_PER_SECOND, WARM_UP,
                rates(), EACH_STEP);
        BenchmarkReport report = BenchmarkReport.of("availability", LoadPlan.columns());
        GatlingRun.run(AvailabilitySimulation.class, report.directory().resolve("gatling"),
                "GET /availability, a city over 14 days, stepped");
        LineChart latency = new LineChart("availability-latency.png", "GET /availability (city, 14 days, 200 "
                + "therapists, " + sessions + " sessions): latency over offered load", "searches offered per second", "ms");
        plan.reportInto(report, latency);
        LoadStep best = plan.highestLevelKeptUp().orElse(null);
        report.figure("existingSessions", sessions)
                .figure("slotsFoundPerSearch", found)
                .figure("highestSearchesPerSecondKeptUp", best == null ? 0 : best.succeededPerSecond())
                .figure("p50MillisAtThatRate", best == null ? null : best.succeeded().p50())
                .figure("p99MillisAtThatRate", best == null ? null : best.succeeded().p99())
                .figure("highestSearchesPerSecondWithP99Under500ms",
                        plan.highestLevelWithin(P99_LIMIT).map(LoadStep::succeededPerSecond).orElse(0.0))
                .figure("bookingServiceRssMiBAfter", booking.residentMemoryMib())
                .chart(latency).write();
    }

    private static String searchPath(BenchmarkNetwork network) {
        ZonedDateTime from = network.firstDay().atStartOfDay(BenchmarkNetwork.ZONE);
        return "/availability?concern=" + BenchmarkNetwork.CONCERN + "&city=" + BenchmarkNetwork.CITY
                + "&from=" + encoded(from) + "&to=" + encoded(from.plusDays(SEARCH_DAYS))
                + "&duration=" + BenchmarkNetwork.SESSION_MINUTES + "&limit=" + RESULTS;
    }

    /** An offset such as +01:00 in a query: its plus would be read as a space. */
    private static String encoded(ZonedDateTime time) {
        return URLEncoder.encode(time.toOffsetDateTime().toString(), StandardCharsets.UTF_8);
    }

    /** One search before the load: it must find slots, or the figures would be of an empty answer. */
    private static int probe(RunningService booking, BenchmarkClients.Client client, String path) {
        HttpResponseBody answer = ServiceClient.onPort(booking.port()).as(client.token()).get(path);
        if (answer.status() != 200 || answer.json().size() == 0) {
            throw new IllegalStateException("The search answered " + answer.status() + " " + answer.json());
        }
        return answer.json().size();
    }

    private static Iterator<Map<String, Object>> searches(List<BenchmarkClients.Client> clients, String path) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public synchronized Map<String, Object> next() {
                return Map.of("token", clients.get(next++ % clients.size()).token(), "path", path);
            }
        };
    }

    private static List<Double> rates() {
        return Arrays.stream(System.getProperty("availability.rates", DEFAULT_RATES).split(","))
                .map(String::strip).map(Double::valueOf).toList();
    }
}
