package com.clinicnet.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo callers of the local authorization server, one per role, with secrets generated on first start and kept
 * under {@code .clinicnet/} (ignored by git): nothing secret is committed. {@code scripts/token <role>} reads it.
 */
final class DemoCallersFile {

    static final String CLIENT = "demo-client";
    static final String THERAPIST = "demo-therapist";
    static final String FRONT_DESK = "demo-front-desk";
    static final String OPS = "demo-ops";
    static final String ADMIN = "demo-admin";
    private static final String UNASSIGNED = "unassigned";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Path file;

    private DemoCallersFile(Path file) {
        this.file = file;
    }

    static DemoCallersFile createIfMissing(Path file) {
        DemoCallersFile callers = new DemoCallersFile(file);
        if (!Files.exists(file)) {
            Properties properties = new Properties();
            add(properties, CLIENT, UUID.randomUUID().toString(), "CLIENT");
            add(properties, THERAPIST, UNASSIGNED, "THERAPIST");
            add(properties, FRONT_DESK, "front-desk-demo", "FRONT_DESK");
            add(properties, OPS, "ops-demo", "OPS");
            add(properties, ADMIN, "admin-demo", "ADMIN");
            callers.store(properties);
        }
        return callers;
    }

    Path path() {
        return file;
    }

    /** Names the seeded therapist and clinics in the demo identities, once they exist. */
    void assignIfUnassigned(String therapistId, String frontDeskClinicIds) {
        Properties properties = load();
        if (UNASSIGNED.equals(properties.getProperty(THERAPIST + ".subject"))) {
            properties.setProperty(THERAPIST + ".subject", therapistId);
            properties.setProperty(FRONT_DESK + ".clinic-ids", frontDeskClinicIds);
            store(properties);
        }
    }

    /** A fresh access token for a demo caller, from the local authorization server. */
    String token(String authorizationServer, String clientId) {
        String secret = load().getProperty(clientId + ".secret");
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(authorizationServer + "/oauth2/token"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Basic " + basic)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=clinicnet"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("No token for " + clientId + ": " + response.statusCode());
            }
            return token.group(1);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void add(Properties properties, String clientId, String subject, String role) {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        properties.setProperty(clientId + ".secret", Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        properties.setProperty(clientId + ".subject", subject);
        properties.setProperty(clientId + ".roles", role);
        properties.setProperty(clientId + ".clinic-ids", "");
    }

    private Properties load() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            return properties;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void store(Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "Demo callers of the local authorization server (generated; not in git)");
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
