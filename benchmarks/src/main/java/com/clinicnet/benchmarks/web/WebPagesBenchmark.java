package com.clinicnet.benchmarks.web;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.clinicnet.benchmarks.load.GatlingRun;
import com.clinicnet.benchmarks.report.BenchmarkReport;
import com.clinicnet.benchmarks.report.Latencies;
import com.clinicnet.benchmarks.report.LineChart;
import com.clinicnet.benchmarks.report.MachineLoad;
import com.clinicnet.benchmarks.system.BenchmarkNetwork;
import com.clinicnet.benchmarks.system.BenchmarkedSystem;
import com.clinicnet.benchmarks.system.RunningService;
import com.clinicnet.benchmarks.system.Scenario;
import com.clinicnet.benchmarks.system.Sql;
import com.clinicnet.launcher.DemoCallers;
import com.clinicnet.launcher.LocalKeycloak;
import com.clinicnet.testsupport.ServiceClient;

/**
 * Scenario 7: the web's pages as signed-in people see them. Keycloak (its startup, first with its one-off preparation
 * for PostgreSQL, then a restart, and its memory), the three services trusting it and the web (its startup and
 * memory); a network seeded through therapist-service; people created in Keycloak and signed in through the real
 * authorization code flow; then a closed model: that many people at once, each looping search → results → confirm →
 * book (see {@link WebPagesSimulation}). Server time per page as the client sees it, p50/p95/p99 and rate, how many
 * bookings were made and refused, and booking-service's GET /availability called directly in the same run.
 * {@code ./mvnw -q -pl benchmarks exec:exec@web-pages} ({@code -Dweb.seconds=120} for the measured time).
 */
public final class WebPagesBenchmark {

    private static final int CLINICS = 5;
    private static final int THERAPISTS_PER_CLINIC = 8;
    private static final int CLIENTS = 20;
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    private static final String DEFAULT_SECONDS = "120";
    /** The web's own defaults (clinicnet.web.booking in its application.yml), for the direct API call. */
    private static final int WEB_SEARCH_DAYS = 14;
    private static final int WEB_SLOT_LIMIT = 60;
    private static final int TOKEN_ATTEMPTS = 10;
    private static final int UNAUTHORIZED = 401;
    private static final int SERVER_ERROR = 500;

    private WebPagesBenchmark() {
    }

    public static void main(String[] args) {
        Scenario.run("web-pages", WebPagesBenchmark::measure);
    }

    private static void measure(BenchmarkedSystem system) throws Exception {
        LocalKeycloak keycloak = system.keycloak();
        Duration keycloakFirstStart = keycloak.startupTime();
        long keycloakRssAtFirstStart = keycloak.residentMemoryMib().orElse(-1L);
        System.out.printf("Keycloak ready in %.1f s (first start, RSS %d MiB)%n", seconds(keycloakFirstStart),
                keycloakRssAtFirstStart);
        keycloak = system.restartKeycloak();
        Duration keycloakRestart = keycloak.startupTime();
        long keycloakRssAtRestart = keycloak.residentMemoryMib().orElse(-1L);
        System.out.printf("Keycloak ready in %.1f s (restart, RSS %d MiB)%n", seconds(keycloakRestart),
                keycloakRssAtRestart);

        RunningService therapist = system.therapistService();
        RunningService booking = system.bookingService();
        system.notificationService("notification-service", List.of());
        RunningService web = system.web();
        long webRssAtReady = web.residentMemoryMib();

        BenchmarkNetwork.seededThrough(system, therapist,
                system.callers().token(keycloak.tokenEndpoint(), DemoCallers.ADMIN), CLINICS, THERAPISTS_PER_CLINIC);
        String machineToken = system.callers().token(keycloak.tokenEndpoint(), DemoCallers.CLIENT);
        awaitTokenAccepted(booking, machineToken);
        SignedInClients.SignedIn signedIn = SignedInClients.signIn(keycloak.admin(), web.baseUrl(), CLIENTS);
        System.out.printf("%d people signed in (median %.0f ms each)%n", CLIENTS, signedIn.signInTimes().p50());

        Duration measured = Duration.ofSeconds(Long.parseLong(System.getProperty("web.seconds", DEFAULT_SECONDS)));
        PageTimes times = new PageTimes(WebPagesSimulation.PAGES.toArray(String[]::new));
        WebPagesSimulation.plan(new WebPagesSimulation.Plan(web.baseUrl(), booking.baseUrl(),
                machineToken, signedIn.clients(), WARM_UP,
                measured, WEB_SEARCH_DAYS, WEB_SLOT_LIMIT, times));
        BenchmarkReport report = BenchmarkReport.of("web-pages", "page", "answered", "failed", "per s", "p50 ms",
                "p95 ms", "p99 ms", "max ms");
        MachineLoad load = MachineLoad.watch();
        GatlingRun.run(WebPagesSimulation.class, report.directory().resolve("gatling"),
                CLIENTS + " signed-in clients, closed model");
        MachineLoad.Result machine = load.stop();

        LineChart chart = new LineChart("web-pages.png", "Server time per page as the client sees it ("
                + CLIENTS + " clients looping, " + measured.toSeconds() + " s measured)",
                "page: 1 search form, 2 search, 3 results, 4 API availability, 5 confirm, 6 book, 7 booked", "ms");
        int position = 1;
        for (String page : WebPagesSimulation.PAGES) {
            Latencies answered = times.answered().get(page);
            report.row(page, answered.count(), times.failed(page), times.perSecond(page), answered.p50(),
                    answered.percentile(0.95), answered.p99(), answered.max());
            chart.point("p50", position, answered.p50()).point("p95", position, answered.percentile(0.95))
                    .point("p99", position, answered.p99());
            position++;
        }
        report.figure("load", CLIENTS + " signed-in clients at once, each looping (closed model), "
                + WARM_UP.toSeconds() + " s warm-up then " + measured.toSeconds() + " s measured; network "
                + CLINICS + " clinics x " + THERAPISTS_PER_CLINIC + " therapists")
                .figure("measuredSeconds", times.measured().toMillis() / 1000.0)
                .figure("bookingsMade", times.bookings())
                .figure("bookingsRefused", times.refused())
                .figure("refusalReasons", times.refusals())
                .figure("sessionRows", sessionRows(system))
                .figure("keycloakFirstStartSeconds", seconds(keycloakFirstStart))
                .figure("keycloakRssMiBAtFirstStart", keycloakRssAtFirstStart)
                .figure("keycloakRestartSeconds", seconds(keycloakRestart))
                .figure("keycloakRssMiBAtRestart", keycloakRssAtRestart)
                .figure("keycloakRssMiBAfterLoad", keycloak.residentMemoryMib().orElse(-1L))
                .figure("webReadySeconds", seconds(web.readyIn()))
                .figure("webRssMiBAtReady", webRssAtReady)
                .figure("webRssMiBAfterLoad", web.residentMemoryMib())
                .figure("signInMillisP50", signedIn.signInTimes().p50())
                .figure("signInMillisMax", signedIn.signInTimes().max())
                .figure("machineCpuBusyPercentDuringLoad", machine.cpuBusyPercent())
                .figure("loadAverage1mMeanDuringLoad", machine.loadAverageMean())
                .figure("loadAverage1mMaxDuringLoad", machine.loadAverageMax())
                .chart(chart)
                .write();
    }

    /**
     * booking-service fetches Keycloak's keys with the first token it sees, with a short read timeout that a Keycloak
     * just started on a busy machine can miss once: asked until it answers, so that no person's first page is that.
     */
    private static void awaitTokenAccepted(RunningService booking, String token) {
        ServiceClient api = ServiceClient.onPort(booking.port()).as(token);
        for (int attempt = 1; !authenticated(api.get("/clients/" + UUID.randomUUID()).status()); attempt++) {
            if (attempt == TOKEN_ATTEMPTS) {
                throw new IllegalStateException("booking-service does not accept Keycloak's tokens");
            }
            Sql.pause();
        }
    }

    /** Whatever the answer (someone else's profile: 403 or 404), as long as the token was checked. */
    private static boolean authenticated(int status) {
        return status != UNAUTHORIZED && status < SERVER_ERROR;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static long sessionRows(BenchmarkedSystem system) throws Exception {
        try (Connection db = system.connect("booking-service")) {
            return Sql.count(db, "SELECT count(*) FROM session");
        }
    }
}
