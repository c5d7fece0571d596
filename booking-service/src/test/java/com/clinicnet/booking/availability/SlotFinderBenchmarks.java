package com.clinicnet.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one city search of the HTTP API costs in {@link SlotFinder} alone, without the database: a fortnight in a
 * city of {@link #therapists} therapists, for a 60-minute session and a lower-back concern, the best 100 slots.
 * Run, then chart, with {@code ./mvnw -q -pl booking-service test-compile exec:exec@slot-finder-benchmarks
 * exec:java@slot-finder-chart} (results in booking-service/target/benchmarks/slot-finder).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// the heap and collector the HTTP availability benchmark gives booking-service, so the two compare
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-XX:+UseSerialGC" })
public class SlotFinderBenchmarks {

    // application.yml: clinicnet.booking.slot-grid and minimum-lead-time
    private static final Duration GRID = Duration.ofMinutes(15);
    private static final Duration MINIMUM_LEAD_TIME = Duration.ofHours(1);
    // AvailabilityController's default limit
    private static final int LIMIT = 100;
    // the HTTP availability benchmark searches from the day after tomorrow
    private static final int DAYS_AHEAD = 2;

    /**
     * How full the therapists' diaries are. A typical fortnight books 100 sessions per therapist (the HTTP
     * availability benchmark's 20,000 at 200 therapists), leaving an hour free here and there; a fully booked one
     * takes every session that fits, so no slot is found.
     */
    public enum Bookings {
        TYPICAL(100), FULLY_BOOKED(Integer.MAX_VALUE);

        private final int perTherapist;

        Bookings(int perTherapist) {
            this.perTherapist = perTherapist;
        }
    }

    /** Two Monday-to-Sunday fortnights: one of plain winter days, one with the spring clock change inside. */
    public enum Fortnight {
        PLAIN(LocalDate.of(2027, 3, 1)), ACROSS_CLOCK_CHANGE(LocalDate.of(2027, 3, 22));

        private final LocalDate firstDay;

        Fortnight(LocalDate firstDay) {
            this.firstDay = firstDay;
        }
    }

    @Param({ "20", "200" })
    int therapists;

    @Param
    Bookings bookings;

    @Param
    Fortnight fortnight;

    private final SlotFinder finder = new SlotFinder(GRID, MINIMUM_LEAD_TIME);
    private BenchmarkCity city;
    private SlotSearch search;
    private Instant now;

    @Setup(Level.Trial)
    public void openTheCity() {
        city = BenchmarkCity.of(therapists, fortnight.firstDay, bookings.perTherapist);
        search = new SlotSearch(BenchmarkCity.SESSION, fortnight.firstDay.atStartOfDay(BenchmarkCity.LISBON).toInstant(),
                fortnight.firstDay.plusDays(BenchmarkCity.FORTNIGHT_DAYS).atStartOfDay(BenchmarkCity.LISBON).toInstant(),
                Set.of(BenchmarkCity.SPECIALTY), Optional.empty(), Optional.empty());
        now = fortnight.firstDay.minusDays(DAYS_AHEAD).atStartOfDay(BenchmarkCity.LISBON).toInstant();
        // a benchmark that quietly found nothing (or something) would measure another case than it names
        int found = citySearch().size();
        boolean asNamed = bookings == Bookings.FULLY_BOOKED ? found == 0 : found == LIMIT;
        if (!asNamed) {
            throw new IllegalStateException(found + " slots found in a " + bookings + " city of " + therapists + " therapists");
        }
    }

    /** As Availability.search does it: every slot is found and ranked, then the first page is kept. */
    @Benchmark
    public List<Slot> citySearch() {
        return finder.find(search, city.clinics(), city.therapists(), city.occupancy(), now).stream().limit(LIMIT).toList();
    }
}
