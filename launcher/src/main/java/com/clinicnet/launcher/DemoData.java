package com.clinicnet.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds a small network through therapist-service's own REST API, as an administrator would: clinics in two
 * time zones and therapists with specialties. Runs only on an empty network.
 */
final class DemoData {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

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
            Matcher clinics = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"name\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(existing);
            while (clinics.find()) {
                ids.put(clinics.group(2), clinics.group(1));
            }
            return ids;
        }
        String lisbon = clinic(ids, "ClinicNet Lisbon Baixa", "Lisbon", "Rua Augusta 100, 1100-053 Lisboa",
                "Europe/Lisbon", 3, 10);
        String porto = clinic(ids, "ClinicNet Porto Boavista", "Porto", "Avenida da Boavista 1200, 4100-112 Porto",
                "Europe/Lisbon", 2, 10);
        String newYork = clinic(ids, "ClinicNet New York Midtown", "New York", "250 W 57th St, New York, NY 10107",
                "America/New_York", 4, 15);
        therapist(ids, "Ana Sousa", "[\"" + lisbon + "\"]",
                "[{\"code\":\"SCIATICA\",\"level\":3},{\"code\":\"LOWER_BACK\",\"level\":2}]");
        therapist(ids, "Rui Lopes", "[\"" + lisbon + "\",\"" + porto + "\"]",
                "[{\"code\":\"NECK_SHOULDER\",\"level\":2},{\"code\":\"STRESS_TENSION\",\"level\":3},"
                        + "{\"code\":\"POSTURAL\",\"level\":1}]");
        therapist(ids, "Emily Carter", "[\"" + newYork + "\"]",
                "[{\"code\":\"SPORTS_INJURY\",\"level\":3},{\"code\":\"DEEP_TISSUE\",\"level\":2},"
                        + "{\"code\":\"LOWER_BACK\",\"level\":2}]");
        therapist(ids, "Grace Kim", "[\"" + newYork + "\"]",
                "[{\"code\":\"PRENATAL\",\"level\":3},{\"code\":\"STRESS_TENSION\",\"level\":2}]");
        return ids;
    }

    private String clinic(Map<String, String> ids, String name, String city, String address, String zone, int rooms,
            int buffer) {
        String body = """
                {"name":"%s","city":"%s","address":"%s","timeZone":"%s","treatmentRooms":%d,"bufferMinutes":%d}
                """.formatted(name, city, address, zone, rooms, buffer);
        String id = idOf(post("/clinics", body));
        ids.put(name, id);
        return id;
    }

    private void therapist(Map<String, String> ids, String name, String clinicIds, String specialties) {
        String body = """
                {"name":"%s","clinicIds":%s,"specialties":%s}
                """.formatted(name, clinicIds, specialties);
        ids.put(name, idOf(post("/therapists", body)));
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
