package com.clinicnet.benchmarks.footprint;

import java.time.Duration;
import java.util.List;

import com.clinicnet.benchmarks.booking.BookingRequests;
import com.clinicnet.benchmarks.booking.BookingSimulation;
import com.clinicnet.benchmarks.load.GatlingRun;
import com.clinicnet.benchmarks.load.LoadPlan;
import com.clinicnet.benchmarks.report.BenchmarkReport;
import com.clinicnet.benchmarks.report.LineChart;
import com.clinicnet.benchmarks.system.BenchmarkClients;
import com.clinicnet.benchmarks.system.BenchmarkNetwork;
import com.clinicnet.benchmarks.system.BenchmarkedSystem;
import com.clinicnet.benchmarks.system.RunningService;
import com.clinicnet.benchmarks.system.Scenario;

/**
 * Scenario 6: what each service costs to run — time from start to ready (each started alone, so none waits for the
 * others' CPU) and resident memory when ready and after a minute of bookings with their confirmations.
 * {@code ./mvnw -q -pl benchmarks exec:exec@footprint}
 */
public final class FootprintBenchmark {

    private static final int CLINICS = 20;
    private static final int THERAPISTS_PER_CLINIC = 10;
    private static final int CLIENTS = 200;
    private static final double BOOKINGS_PER_SECOND = 20;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration LOAD = Duration.ofSeconds(60);

    private FootprintBenchmark() {
    }

    public static void main(String[] args) {
        Scenario.run("footprint", FootprintBenchmark::measure);
    }

    private static void measure(BenchmarkedSystem system) throws Exception {
        RunningService therapist = system.therapistService();
        long therapistAtReady = therapist.residentMemoryMib();
        RunningService booking = system.bookingService();
        long bookingAtReady = booking.residentMemoryMib();
        RunningService notification = system.notificationService("notification-service", List.of());
        long notificationAtReady = notification.residentMemoryMib();

        BenchmarkNetwork network = BenchmarkNetwork.of(CLINICS, THERAPISTS_PER_CLINIC).publishTo(system);
        List<BenchmarkClients.Client> clients = BenchmarkClients.register(system, booking, CLIENTS, "EMAIL");
        LoadPlan.stepped(booking.baseUrl(), new BookingRequests(network, clients), BOOKINGS_PER_SECOND, WARM_UP,
                List.of(BOOKINGS_PER_SECOND), LOAD);
        BenchmarkReport report = BenchmarkReport.of("footprint", "service", "ready in s", "RSS at ready MiB",
                "RSS after load MiB");
        GatlingRun.run(BookingSimulation.class, report.directory().resolve("gatling"), "bookings for the footprint");

        LineChart memory = new LineChart("footprint.png", "Resident memory per service (heap limit 512 MiB)",
                "1 therapist-service, 2 booking-service, 3 notification-service", "MiB");
        int position = 1;
        for (var measured : List.of(new Measured(therapist, therapistAtReady), new Measured(booking, bookingAtReady),
                new Measured(notification, notificationAtReady))) {
            long after = measured.service().residentMemoryMib();
            report.row(measured.service().name(), measured.service().readyIn().toMillis() / 1000.0, measured.atReady(),
                    after);
            memory.point("at ready", position, measured.atReady()).point("after load", position, after);
            position++;
        }
        report.figure("load", BOOKINGS_PER_SECOND + " bookings/s for " + LOAD.toSeconds() + " s with confirmations")
                .chart(memory).write();
    }

    private record Measured(RunningService service, long atReady) {
    }
}
