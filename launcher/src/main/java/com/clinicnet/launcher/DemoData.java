package com.clinicnet.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds a small network through therapist-service's own REST API, as an administrator would: three clinics in
 * two time zones with their opening hours, and twelve therapists with a spread of specialties and weekly shifts.
 * Runs only on an empty network.
 */
final class DemoData {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern NAMED_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"name\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String therapistService;
    private final String adminToken;

    DemoData(String therapistService, String adminToken) {
        this.therapistService = therapistService;
        this.adminToken = adminToken;
    }

    /** Returns the demo clinics and therapists by name, seeding them first if the network is empty. */
    Map<String, String> seedIfEmpty() {
        Map<String, String> ids = new LinkedHashMap<>();
        String existing = get("/clinics");
        if (!existing.strip().equals("[]")) {
            // the therapists too: the demo people name Ana's id, whether the network was seeded now or before
            namesAndIds(existing, ids);
            namesAndIds(get("/therapists"), ids);
            return ids;
        }
        String lunchBreak = weekdays("09:00", "13:00") + "," + weekdays("14:00", "19:00") + "," + day("SATURDAY", "10:00", "14:00");
        String lisbon = clinic(ids, "ClinicNet Lisbon Baixa", "Lisbon", "Rua Augusta 100, 1100-053 Lisboa",
                "Europe/Lisbon", 3, 10, lunchBreak);
        String porto = clinic(ids, "ClinicNet Porto Boavista", "Porto", "Avenida da Boavista 1200, 4100-112 Porto",
                "Europe/Lisbon", 2, 10, weekdays("08:30", "19:00"));
        String newYork = clinic(ids, "ClinicNet New York Midtown", "New York", "250 W 57th St, New York, NY 10107",
                "America/New_York", 4, 15, weekdays("08:00", "20:00") + "," + day("SATURDAY", "09:00", "15:00"));

        therapist(ids, "Ana Sousa", "pt,en", List.of(lisbon), "SCIATICA:3,LOWER_BACK:2",
                shifts(lisbon, "09:00", "13:00", "MONDAY", "WEDNESDAY", "FRIDAY") + "," + shifts(lisbon, "14:00", "18:00", "MONDAY", "WEDNESDAY", "FRIDAY"));
        therapist(ids, "Rui Lopes", "pt,es", List.of(lisbon, porto), "NECK_SHOULDER:2,STRESS_TENSION:3,POSTURAL:1",
                shifts(lisbon, "09:00", "13:00", "MONDAY", "TUESDAY") + "," + shifts(porto, "14:00", "19:00", "THURSDAY", "FRIDAY"));
        therapist(ids, "Marta Ferreira", "pt", List.of(lisbon), "PRENATAL:3,STRESS_TENSION:2",
                shifts(lisbon, "09:00", "13:00", "TUESDAY", "THURSDAY") + "," + shifts(lisbon, "14:00", "19:00", "TUESDAY", "THURSDAY"));
        therapist(ids, "João Pereira", "pt,en", List.of(lisbon), "SPORTS_INJURY:3,DEEP_TISSUE:3",
                shifts(lisbon, "14:00", "19:00", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        therapist(ids, "Inês Costa", "pt,fr", List.of(lisbon), "MYOFASCIAL_TRIGGER_POINT:2,LOWER_BACK:3",
                shifts(lisbon, "10:00", "14:00", "SATURDAY") + "," + shifts(lisbon, "09:00", "13:00", "WEDNESDAY"));
        therapist(ids, "Tiago Almeida", "pt", List.of(porto), "SCIATICA:2,POSTURAL:3",
                shifts(porto, "09:00", "17:00", "MONDAY", "TUESDAY", "WEDNESDAY"));
        therapist(ids, "Beatriz Santos", "pt,en", List.of(porto), "NECK_SHOULDER:3,MYOFASCIAL_TRIGGER_POINT:2",
                shifts(porto, "10:00", "18:00", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        therapist(ids, "Pedro Martins", "pt", List.of(porto), "DEEP_TISSUE:2,SPORTS_INJURY:2",
                shifts(porto, "12:00", "19:00", "MONDAY", "WEDNESDAY", "FRIDAY"));
        therapist(ids, "Emily Carter", "en", List.of(newYork), "SPORTS_INJURY:3,DEEP_TISSUE:2,LOWER_BACK:2",
                shifts(newYork, "08:00", "16:00", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        therapist(ids, "Grace Kim", "en,ko", List.of(newYork), "PRENATAL:3,STRESS_TENSION:2",
                shifts(newYork, "12:00", "20:00", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"));
        therapist(ids, "Michael Brown", "en", List.of(newYork), "SCIATICA:3,MYOFASCIAL_TRIGGER_POINT:3",
                shifts(newYork, "09:00", "17:00", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY") + ","
                        + shifts(newYork, "09:00", "15:00", "SATURDAY"));
        therapist(ids, "Sofia Garcia", "en,es", List.of(newYork), "POSTURAL:2,NECK_SHOULDER:2,LOWER_BACK:1",
                shifts(newYork, "10:00", "18:00", "MONDAY", "WEDNESDAY", "FRIDAY"));
        return ids;
    }

    private static void namesAndIds(String json, Map<String, String> ids) {
        Matcher named = NAMED_ID.matcher(json);
        while (named.find()) {
            ids.put(named.group(2), named.group(1));
        }
    }

    private String clinic(Map<String, String> ids, String name, String city, String address, String zone, int rooms,
            int buffer, String openingHours) {
        String body = """
                {"name":"%s","city":"%s","address":"%s","timeZone":"%s","treatmentRooms":%d,"bufferMinutes":%d,
                 "sessionTypes":[30,60,90],"lateCancellationNoticeMinutes":1440,"openingHours":[%s]}
                """.formatted(name, city, address, zone, rooms, buffer, openingHours);
        String id = idOf(post("/clinics", body));
        ids.put(name, id);
        return id;
    }

    /** A therapist with specialties written "CODE:level,…" and a weekly schedule from today. */
    private void therapist(Map<String, String> ids, String name, String languages, List<String> clinicIds,
            String specialties, String shifts) {
        String body = """
                {"name":"%s","languages":[%s],"credentials":{"licenceNumber":"MT-%05d","issuingBody":"National register of massage therapists"},
                 "clinicIds":[%s],"specialties":[%s]}
                """.formatted(name, quoted(languages.split(",")), ids.size(), quoted(clinicIds.toArray(String[]::new)),
                String.join(",", java.util.Arrays.stream(specialties.split(","))
                        .map(specialty -> specialty.split(":"))
                        .map(parts -> "{\"code\":\"" + parts[0] + "\",\"level\":" + parts[1] + "}").toList()));
        String id = idOf(post("/therapists", body));
        ids.put(name, id);
        send(HttpRequest.newBuilder(URI.create(therapistService + "/therapists/" + id + "/shifts"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + adminToken)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"effectiveFrom\":\"" + LocalDate.now(ZoneOffset.UTC)
                        + "\",\"shifts\":[" + shifts + "]}")));
    }

    private static String weekdays(String opens, String closes) {
        return String.join(",", java.util.stream.Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                .map(day -> day(day, opens, closes)).toList());
    }

    private static String day(String weekday, String opens, String closes) {
        return "{\"weekday\":\"" + weekday + "\",\"opens\":\"" + opens + "\",\"closes\":\"" + closes + "\"}";
    }

    private static String shifts(String clinicId, String starts, String ends, String... weekdays) {
        return String.join(",", java.util.Arrays.stream(weekdays).map(day -> "{\"clinicId\":\"" + clinicId
                + "\",\"weekday\":\"" + day + "\",\"starts\":\"" + starts + "\",\"ends\":\"" + ends + "\"}").toList());
    }

    private static String quoted(String... values) {
        return String.join(",", java.util.Arrays.stream(values).map(value -> "\"" + value + "\"").toList());
    }

    private static String idOf(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("Seeding failed: " + json);
        }
        return id.group(1);
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(therapistService + path)).GET()
                .header("Authorization", "Bearer " + adminToken));
    }

    private String post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(therapistService + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Seeding failed with " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
        catch (IOException e) {
            throw new IllegalStateException("Seeding failed", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
