package com.clinicnet.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicnet.testsupport.HttpResponseBody;

/**
 * A clinic opened through therapist-service for one scenario, with its own therapists working every day, known to
 * booking-service's read model before the scenario starts. Its slots never overlap: each therapist has a room.
 */
public record OpenClinic(UUID id, List<UUID> therapists, ZoneId zone) {

    public static final int SESSION_MINUTES = 60;
    private static final int SLOTS_PER_DAY = 8;
    private static final Duration SLOT_STEP = Duration.ofMinutes(90);
    private static final LocalTime FIRST_SLOT = LocalTime.of(8, 0);
    private static final int FIRST_DAY = 2;

    public static OpenClinic open(ClinicNetUnderFire system, String name, int therapistCount) {
        return open(system, name, therapistCount, therapistCount);
    }

    /** A clinic with fewer treatment rooms than therapists: rooms, not therapists, run out first. */
    public static OpenClinic open(ClinicNetUnderFire system, String name, int therapistCount, int rooms) {
        ZoneId zone = ZoneId.of("Europe/Lisbon");
        List<Map<String, String>> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("weekday", day.name(), "opens", "07:00", "closes", "21:00")).toList();
        HttpResponseBody clinic = system.therapists().post("/clinics", Map.of("name", name, "city", "Lisbon",
                "address", "Rua Augusta 1", "timeZone", zone.getId(), "treatmentRooms", rooms,
                "bufferMinutes", 15, "openingHours", everyDay));
        assertThat(clinic.status()).as(clinic.json().toString()).isEqualTo(201);
        UUID clinicId = UUID.fromString(clinic.text("id"));
        List<UUID> therapists = new ArrayList<>();
        for (int i = 0; i < therapistCount; i++) {
            therapists.add(hire(system, clinicId, name + " therapist " + i, zone));
        }
        OpenClinic opened = new OpenClinic(clinicId, List.copyOf(therapists), zone);
        await().atMost(Duration.ofMinutes(1)).until(() -> therapists.stream().allMatch(therapist -> system.count(
                system.bookingService, "SELECT count(*) FROM therapist_view_shift WHERE therapist_id = ?", therapist)
                == DayOfWeek.values().length));
        return opened;
    }

    private static UUID hire(ClinicNetUnderFire system, UUID clinicId, String name, ZoneId zone) {
        HttpResponseBody therapist = system.therapists().post("/therapists", Map.of("name", name,
                "clinicIds", List.of(clinicId.toString()), "specialties", List.of(Map.of("code", "LOWER_BACK", "level", 3))));
        assertThat(therapist.status()).as(therapist.json().toString()).isEqualTo(201);
        UUID id = UUID.fromString(therapist.text("id"));
        List<Map<String, String>> shifts = Arrays.stream(DayOfWeek.values()).map(day -> Map.of("clinicId",
                clinicId.toString(), "weekday", day.name(), "starts", "08:00", "ends", "20:00")).toList();
        HttpResponseBody scheduled = system.therapists().put("/therapists/" + id + "/shifts", Map.of("effectiveFrom",
                LocalDate.now(zone).toString(), "shifts", shifts));
        assertThat(scheduled.status()).as(scheduled.json().toString()).isEqualTo(200);
        return id;
    }

    /** The n-th free slot of the clinic: therapists take turns, then the slots of a day, then the days. */
    public Slot slot(int n) {
        UUID therapist = therapists.get(n % therapists.size());
        int ofTherapist = n / therapists.size();
        ZonedDateTime start = LocalDate.now(zone).plusDays(FIRST_DAY + ofTherapist / SLOTS_PER_DAY)
                .atTime(FIRST_SLOT.plus(SLOT_STEP.multipliedBy(ofTherapist % SLOTS_PER_DAY))).atZone(zone);
        return new Slot(therapist, start);
    }

    /** The body of POST /sessions for a client and a slot. */
    public Map<String, Object> booking(UUID client, Slot slot) {
        return Map.of("clientId", client.toString(), "therapistId", slot.therapist().toString(),
                "clinicId", id.toString(), "startsAt", slot.startsAt().toOffsetDateTime().toString(),
                "durationMinutes", SESSION_MINUTES);
    }

    public record Slot(UUID therapist, ZonedDateTime startsAt) {
    }
}
