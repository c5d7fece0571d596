package com.clinicnet.benchmarks.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.events.ClinicUpdatedV2;
import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.events.TherapistProfileUpdatedV2;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;

/**
 * A network of clinics in one city, published on the directory topics as therapist-service would: every therapist
 * works Monday to Saturday 08:00–20:00 in Lisbon time, treats lower back pain, at one clinic with a room for each
 * of its therapists (rooms are never what limits a booking here). Slots are 60-minute sessions every 90 minutes
 * (60 + the 10-minute buffer fits), from the day after tomorrow on, so the n-th slot is free until it is booked.
 * Published on the topics by default; {@link #seededThrough} creates the same network through therapist-service.
 */
public final class BenchmarkNetwork {

    public static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");
    public static final String CITY = "Benchmarkville";
    public static final String CONCERN = "LOWER_BACK_PAIN";
    public static final int SESSION_MINUTES = 60;
    private static final String SPECIALTY = "LOWER_BACK";
    private static final String SOURCE = "/clinicnet/therapist-service";
    private static final int BUFFER_MINUTES = 10;
    private static final int LATE_CANCELLATION_NOTICE_MINUTES = 1440;
    private static final LocalTime OPENS = LocalTime.of(8, 0);
    private static final LocalTime CLOSES = LocalTime.of(20, 0);
    private static final int SLOT_EVERY_MINUTES = 90;
    private static final int SLOTS_PER_DAY = 8;
    private static final int FIRST_DAY_FROM_TODAY = 2;
    private static final int WORKING_DAYS_A_WEEK = 6;
    private static final Duration FILLED_WITHIN = Duration.ofMinutes(3);
    private static final int TOKEN_ATTEMPTS = 10;

    private final List<UUID> clinics = new ArrayList<>();
    private final List<UUID> therapists = new ArrayList<>();
    private final int therapistsPerClinic;
    private final LocalDate firstDay = LocalDate.now(ZONE).plusDays(FIRST_DAY_FROM_TODAY);

    private BenchmarkNetwork(int therapistsPerClinic) {
        this.therapistsPerClinic = therapistsPerClinic;
    }

    /** A network of that size, its ids made here; nothing is published yet. */
    public static BenchmarkNetwork of(int clinicCount, int therapistsPerClinic) {
        BenchmarkNetwork network = new BenchmarkNetwork(therapistsPerClinic);
        for (int c = 0; c < clinicCount * therapistsPerClinic; c++) {
            network.therapists.add(UUID.randomUUID());
        }
        for (int c = 0; c < clinicCount; c++) {
            network.clinics.add(UUID.randomUUID());
        }
        return network;
    }

    /** Publishes the network and waits until booking-service's read model holds every therapist's shifts. */
    public BenchmarkNetwork publishTo(BenchmarkedSystem system) {
        List<ClinicNetEvent> events = new ArrayList<>();
        events.add(new SpecialtyDescribedV1(UUID.randomUUID(), Instant.now(), SPECIALTY, "Lower back", List.of(CONCERN)));
        for (int c = 0; c < clinics.size(); c++) {
            events.add(new ClinicUpdatedV2(UUID.randomUUID(), Instant.now(), clinics.get(c), "Clinic " + c, CITY,
                    "Street " + c, ZONE.getId(), therapistsPerClinic, BUFFER_MINUTES, LATE_CANCELLATION_NOTICE_MINUTES,
                    List.of(30, SESSION_MINUTES, 90), List.of(), 1));
        }
        for (int t = 0; t < therapists.size(); t++) {
            events.add(profile(clinicOf(t), therapists.get(t), t, firstDay.minusDays(FIRST_DAY_FROM_TODAY + 1)));
        }
        PublishedEvents.publishAll(system.kafkaBootstrapServers(), events, SOURCE);
        awaitReadModel(system);
        return this;
    }

    /**
     * A network of that size created through therapist-service's REST API, as an administrator would, so that
     * therapist-service knows it too (the web asks it for clinics and therapists) and booking-service learns it from
     * therapist-service's own events; waits until booking-service's read model holds every therapist's shifts. The
     * schedules start today, so slots are offered from now on (after booking-service's lead time).
     */
    public static BenchmarkNetwork seededThrough(BenchmarkedSystem system, RunningService therapistService,
            String adminToken, int clinicCount, int therapistsPerClinic) {
        BenchmarkNetwork network = new BenchmarkNetwork(therapistsPerClinic);
        ServiceClient admin = ServiceClient.onPort(therapistService.port()).as(adminToken);
        awaitTokenAccepted(admin);
        List<Map<String, String>> openingHours = workingDays()
                .map(day -> Map.of("weekday", day.name(), "opens", OPENS.toString(), "closes", CLOSES.toString()))
                .toList();
        for (int c = 0; c < clinicCount; c++) {
            network.clinics.add(created(admin.post("/clinics", Map.of("name", "Clinic " + c, "city", CITY,
                    "address", "Street " + c, "timeZone", ZONE.getId(), "treatmentRooms", therapistsPerClinic,
                    "bufferMinutes", BUFFER_MINUTES, "lateCancellationNoticeMinutes", LATE_CANCELLATION_NOTICE_MINUTES,
                    "sessionTypes", List.of(30, SESSION_MINUTES, 90), "openingHours", openingHours))));
        }
        for (int t = 0; t < clinicCount * therapistsPerClinic; t++) {
            UUID clinic = network.clinicOf(t);
            UUID therapist = created(admin.post("/therapists", Map.of("name", "Therapist " + t,
                    "languages", List.of("pt", "en"),
                    "credentials", Map.of("licenceNumber", "MT-B" + t, "issuingBody", "Benchmark register"),
                    "clinicIds", List.of(clinic),
                    "specialties", List.of(Map.of("code", SPECIALTY, "level", 1 + t % 3)))));
            network.therapists.add(therapist);
            List<Map<String, String>> shifts = workingDays().map(day -> Map.of("clinicId", clinic.toString(),
                    "weekday", day.name(), "starts", OPENS.toString(), "ends", CLOSES.toString())).toList();
            HttpResponseBody schedule = admin.put("/therapists/" + therapist + "/shifts",
                    Map.of("effectiveFrom", LocalDate.now(ZONE).toString(), "shifts", shifts));
            if (schedule.status() >= 300) {
                throw new IllegalStateException("Scheduling a therapist answered " + schedule.status() + " "
                        + schedule.json());
            }
        }
        network.awaitReadModel(system);
        return network;
    }

    /**
     * A service fetches the issuer's keys with the first token it sees, with a short read timeout: a Keycloak just
     * started on a busy machine can miss it once (a 500), and a later request fetches them again.
     */
    private static void awaitTokenAccepted(ServiceClient service) {
        for (int attempt = 1; service.get("/clinics").status() != 200; attempt++) {
            if (attempt == TOKEN_ATTEMPTS) {
                throw new IllegalStateException("therapist-service does not accept the administrator's token");
            }
            Sql.pause();
        }
    }

    private static UUID created(HttpResponseBody answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("Seeding answered " + answer.status() + " " + answer.json());
        }
        return UUID.fromString(answer.text("id"));
    }

    private static java.util.stream.Stream<DayOfWeek> workingDays() {
        return Arrays.stream(DayOfWeek.values()).filter(day -> day != DayOfWeek.SUNDAY);
    }

    private static TherapistProfileUpdatedV2 profile(UUID clinic, UUID therapist, int index, LocalDate effectiveFrom) {
        List<TherapistProfileUpdatedV2.Shift> shifts = workingDays()
                .map(day -> new TherapistProfileUpdatedV2.Shift(clinic, day, OPENS, CLOSES))
                .toList();
        return new TherapistProfileUpdatedV2(UUID.randomUUID(), Instant.now(), therapist, "Therapist " + index, true,
                List.of("pt"), List.of(clinic), List.of(new TherapistProfileUpdatedV2.Specialty(SPECIALTY, 1 + index % 3)),
                List.of(new TherapistProfileUpdatedV2.WeeklySchedule(effectiveFrom, shifts)), List.of(), 1);
    }

    private void awaitReadModel(BenchmarkedSystem system) {
        try (Connection db = system.connect("booking-service")) {
            Sql.awaitCount(db, "SELECT count(*) FROM therapist_view_shift", therapists.size() * WORKING_DAYS_A_WEEK,
                    FILLED_WITHIN);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<UUID> clinics() {
        return List.copyOf(clinics);
    }

    public List<UUID> therapists() {
        return List.copyOf(therapists);
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public UUID clinicOf(int therapistIndex) {
        return clinics.get(therapistIndex / therapistsPerClinic);
    }

    /**
     * The n-th free slot: therapists in turn, then the next time of day, then the next working day. Two slots a
     * client books are never at the same time when its bookings are at least {@code therapists} slots apart.
     */
    public Slot slot(long n) {
        int therapist = (int) (n % therapists.size());
        long round = n / therapists.size();
        int ofDay = (int) (round % SLOTS_PER_DAY);
        LocalDate day = workingDay((int) (round / SLOTS_PER_DAY));
        ZonedDateTime start = day.atTime(OPENS).plusMinutes((long) SLOT_EVERY_MINUTES * ofDay).atZone(ZONE);
        return new Slot(therapists.get(therapist), clinicOf(therapist), start);
    }

    /** The n-th day from the first that is not a Sunday. */
    public LocalDate workingDay(int n) {
        LocalDate day = firstDay;
        int found = day.getDayOfWeek() == DayOfWeek.SUNDAY ? -1 : 0;
        while (found < n || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                found++;
            }
        }
        return day;
    }

    public record Slot(UUID therapist, UUID clinic, ZonedDateTime startsAt) {
    }
}
