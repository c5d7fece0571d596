package com.clinicnet.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real Keycloak, the identity provider of the local run: the keycloak-quarkus-dist zip from Maven Central,
 * unpacked once, started with {@code bin/kc.sh start-dev --import-realm} as a child process on the JDK this runs
 * on. Its data lives in PostgreSQL (database {@code keycloak}), so people and sessions survive a restart; the realm
 * file is imported only while the realm does not exist yet. The bootstrap admin's password is generated once and kept
 * beside the installation.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "clinicnet";
    /** Realm placeholders (see docker/keycloak/clinicnet-realm.json); the ones without a default are required. */
    public static final String WEB_BASE_URL = "CLINICNET_WEB_BASE_URL";
    public static final String WEB_CLIENT_SECRET = "CLINICNET_WEB_CLIENT_SECRET";
    public static final String SMTP_HOST = "CLINICNET_SMTP_HOST";
    public static final String SMTP_PORT = "CLINICNET_SMTP_PORT";

    /**
     * start-dev augments Quarkus once for the database it is given (~30 s) and not again while that stays; the first
     * start with a fresh database took ~2 min on 2 busy cores, later ones 15-25 s.
     */
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);
    /** Keycloak's own default takes 70 % of the machine's memory, too much beside the services and Kafka. */
    private static final String HEAP = "-Xms64m -Xmx512m";
    private static final String ADMIN_USERNAME = "clinicnet-admin";
    private static final Pattern REQUIRED_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    /**
     * @param distribution      the keycloak-quarkus-dist zip (see {@link #distributionIn(Path)})
     * @param installDirectory  where it is unpacked once, e.g. {@code .clinicnet/keycloak-26.4.0}
     * @param httpPort          Keycloak's HTTP port (8180 in the local run, as with docker compose)
     * @param jdbcUrl           its own PostgreSQL database, e.g. {@code LocalPostgres.jdbcUrl("keycloak")}
     * @param databaseUser      the role that owns that database ({@link LocalPostgres#ROLE}; no password: trust)
     * @param realmFile         docker/keycloak/clinicnet-realm.json
     * @param realmPlaceholders values of the realm file's placeholders, given to Keycloak as environment variables
     * @param logDirectory      where keycloak.log goes
     */
    public record Setup(Path distribution, Path installDirectory, int httpPort, String jdbcUrl, String databaseUser,
            Path realmFile, Map<String, String> realmPlaceholders, Path logDirectory) {
    }

    private final ServiceProcess server;
    private final int port;
    private final String adminPassword;
    private final Duration startup;

    private LocalKeycloak(ServiceProcess server, int port, String adminPassword, Duration startup) {
        this.server = server;
        this.port = port;
        this.adminPassword = adminPassword;
        this.startup = startup;
    }

    /** Unpacks Keycloak if needed, starts it and waits until the realm answers. */
    public static LocalKeycloak start(Setup setup) {
        requirePlaceholders(setup.realmFile(), setup.realmPlaceholders());
        Path home = installOnce(setup.distribution(), setup.installDirectory());
        copyRealm(setup.realmFile(), home.resolve("data/import"));
        String adminPassword = new GeneratedSecrets(adminFile(home), "Keycloak's bootstrap admin")
                .secret("admin.password");

        Map<String, String> environment = new HashMap<>(setup.realmPlaceholders());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_KC_HEAP", HEAP);
        // on JDK 24+ jboss-threads resets thread locals through java.lang, which kc.sh 26.4 does not open: without
        // it a worker thread dies with IllegalAccessError
        environment.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        environment.put("KC_DB", "postgres");
        environment.put("KC_DB_URL", setup.jdbcUrl());
        environment.put("KC_DB_USERNAME", setup.databaseUser());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        // the issuer the services check, whichever address a token was fetched from
        environment.put("KC_HOSTNAME", "http://localhost:" + setup.httpPort());
        environment.put("KC_HTTP_HOST", "127.0.0.1");

        URI ready = URI.create("http://localhost:" + setup.httpPort() + "/realms/" + REALM
                + "/.well-known/openid-configuration");
        ServiceProcess server = ServiceProcess.program("keycloak",
                List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-port=" + setup.httpPort(), "--import-realm"),
                environment, setup.httpPort(), ready, setup.logDirectory()).start();
        try {
            return new LocalKeycloak(server, setup.httpPort(), adminPassword, server.awaitReady(READY_WITHIN));
        }
        catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /**
     * The realm file's placeholders: the demo machine callers' secrets (by placeholder name, see
     * {@code DemoCallers}), the web client's secret, the web app's base URL (its redirect URIs and origin) and the SMTP
     * server Keycloak mails through (verification, password reset).
     */
    public static Map<String, String> realmPlaceholders(Map<String, String> demoCallerSecrets, String webClientSecret,
            String webBaseUrl, String smtpHost, int smtpPort) {
        Map<String, String> placeholders = new HashMap<>(demoCallerSecrets);
        placeholders.put(WEB_CLIENT_SECRET, webClientSecret);
        placeholders.put(WEB_BASE_URL, webBaseUrl);
        placeholders.put(SMTP_HOST, smtpHost);
        placeholders.put(SMTP_PORT, String.valueOf(smtpPort));
        return Map.copyOf(placeholders);
    }

    /** The zip the launcher's build copies into its target directory (maven-dependency-plugin). */
    public static Path distributionIn(Path launcherTarget) {
        return launcherTarget.resolve("keycloak").resolve(distributionProperties().getProperty("distribution"));
    }

    /** The Keycloak version the build put in, e.g. 26.4.0 (for naming the install directory). */
    public static String version() {
        return distributionProperties().getProperty("version");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** What the services are configured with: CLINICNET_JWT_ISSUER. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** What the services are configured with: CLINICNET_JWT_JWK_SET_URI. */
    public String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public URI tokenEndpoint() {
        return URI.create(issuer() + "/protocol/openid-connect/token");
    }

    /** The admin REST API, signed in as the bootstrap admin. */
    public KeycloakAdmin admin() {
        return new KeycloakAdmin(baseUrl(), REALM, ADMIN_USERNAME, adminPassword);
    }

    /** From process start until the realm answered. */
    public Duration startupTime() {
        return startup;
    }

    public Optional<Long> residentMemoryMib() {
        return server.residentMemoryMib();
    }

    public Path log() {
        return server.log();
    }

    /** Stops Keycloak (SIGTERM to the server, not only to its start script); its data stays in PostgreSQL. */
    @Override
    public void close() {
        server.stop();
    }

    private static Path adminFile(Path home) {
        return home.resolveSibling(home.getFileName() + "-admin.properties");
    }

    /** Keycloak leaves an unresolved ${NAME} as it is: a client secret would silently be the text "${...}". */
    private static void requirePlaceholders(Path realmFile, Map<String, String> given) {
        Set<String> missing = new TreeSet<>();
        try {
            Matcher placeholder = REQUIRED_PLACEHOLDER.matcher(Files.readString(realmFile));
            while (placeholder.find()) {
                if (!given.containsKey(placeholder.group(1))) {
                    missing.add(placeholder.group(1));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm file " + realmFile, e);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The realm file " + realmFile + " needs values for " + missing);
        }
    }

    private static Path installOnce(Path distribution, Path installDirectory) {
        if (Files.exists(installDirectory.resolve("bin/kc.sh"))) {
            return installDirectory;
        }
        if (!Files.exists(distribution)) {
            throw new IllegalStateException(distribution + " is missing: build the launcher first (./mvnw -pl launcher package)");
        }
        // unpacked beside its place and moved there when complete, so an interrupted unpack is never taken as done
        Path partial = installDirectory.resolveSibling(installDirectory.getFileName() + ".partial");
        try {
            deleteRecursively(partial);
            unzipWithoutTopDirectory(distribution, partial);
            try (Stream<Path> scripts = Files.list(partial.resolve("bin"))) {
                scripts.filter(script -> script.toString().endsWith(".sh"))
                        .forEach(script -> script.toFile().setExecutable(true));
            }
            Files.move(partial, installDirectory, StandardCopyOption.ATOMIC_MOVE);
            return installDirectory;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + distribution + " into " + installDirectory, e);
        }
    }

    /** The zip holds one directory, keycloak-26.4.0/; its contents go straight into the target. */
    private static void unzipWithoutTopDirectory(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                int slash = entry.getName().indexOf('/');
                if (slash < 0 || slash == entry.getName().length() - 1) {
                    continue;
                }
                Path destination = root.resolve(entry.getName().substring(slash + 1)).normalize();
                if (!destination.startsWith(root)) {
                    throw new IOException("Entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                }
                else {
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static void copyRealm(Path realmFile, Path importDirectory) {
        try {
            Files.createDirectories(importDirectory);
            Files.copy(realmFile, importDirectory.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the realm file " + realmFile, e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static Properties distributionProperties() {
        Properties properties = new Properties();
        try (InputStream in = LocalKeycloak.class.getResourceAsStream("/keycloak.properties")) {
            properties.load(in);
            return properties;
        }
        catch (IOException | NullPointerException e) {
            throw new IllegalStateException("keycloak.properties is missing from the launcher's build", e);
        }
    }
}
