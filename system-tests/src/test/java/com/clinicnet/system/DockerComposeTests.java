package com.clinicnet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so it is checked against what the services really
 * read: the port each listens on, the database each uses (and that the init script creates), that every
 * environment variable it sets is a property or placeholder the service reads, and that Prometheus scrapes it.
 */
class DockerComposeTests {

    private static final Path PROJECT = Path.of(System.getProperty("clinicnet.services.dir", ".."))
            .toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)");
    private static final Pattern METADATA_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([a-z0-9.\\-\\[\\]]+)\"");
    private static final Pattern DATABASE = Pattern.compile("jdbc:postgresql://[^/]+/([a-z_]+)");

    @ParameterizedTest
    @ValueSource(strings = { "therapist-service", "booking-service", "notification-service" })
    void each_service_in_compose_listens_where_it_is_configured_and_uses_its_own_database(String name) throws IOException {
        Map<String, Object> service = composeService(name);
        Map<String, Object> environment = map(service.get("environment"));
        String port = String.valueOf(own(name).get("server.port"));

        assertThat(String.valueOf(environment.get("SERVER_PORT"))).isEqualTo(port);
        assertThat(String.valueOf(map(map(service.get("build")).get("args")).get("PORT"))).isEqualTo(port);
        assertThat(list(service.get("ports"))).contains(port + ":" + port);
        String database = databaseIn(String.valueOf(environment.get("SPRING_DATASOURCE_URL")));
        assertThat(database).isEqualTo(databaseIn(String.valueOf(own(name).get("spring.datasource.url"))));
        assertThat(Files.readString(PROJECT.resolve("docker/postgres/init.sql"))).contains("CREATE DATABASE " + database);
        assertThat(Files.readString(PROJECT.resolve("docker/observability/prometheus/prometheus.yml")))
                .contains("\"" + name + ":" + port + "\"");
    }

    @org.junit.jupiter.api.Test
    void the_web_in_compose_listens_where_it_is_configured_and_sends_browsers_to_keycloak_at_the_hosts_address()
            throws IOException {
        Map<String, Object> web = composeService("web");
        Map<String, Object> environment = map(web.get("environment"));
        String port = String.valueOf(own("web").get("server.port"));

        assertThat(String.valueOf(environment.get("SERVER_PORT"))).isEqualTo(port);
        assertThat(String.valueOf(map(map(web.get("build")).get("args")).get("PORT"))).isEqualTo(port);
        assertThat(list(web.get("ports"))).contains(port + ":" + port);
        assertThat(String.valueOf(environment.get("CLINICNET_OIDC_ISSUER")))
                .isEqualTo(String.valueOf(map(composeService("booking-service").get("environment"))
                        .get("CLINICNET_JWT_ISSUER")));
        for (String service : List.of("booking-service", "therapist-service", "notification-service")) {
            String servicePort = String.valueOf(own(service).get("server.port"));
            assertThat(environment.values()).as("the web calls " + service + " inside the network")
                    .contains("http://" + service + ":" + servicePort);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "therapist-service", "booking-service", "notification-service", "web" })
    void every_variable_compose_sets_for_a_service_is_something_the_service_reads(String name) throws IOException {
        Set<String> read = new HashSet<>();
        for (Path config : List.of(PROJECT.resolve(name).resolve("src/main/resources/application.yml"),
                PROJECT.resolve("platform/src/main/resources/clinicnet-platform.yml"))) {
            String text = Files.readString(config);
            flatten("", yamlDocuments(text), read);
            Matcher placeholder = PLACEHOLDER.matcher(text);
            while (placeholder.find()) {
                read.add(placeholder.group(1));
            }
        }
        read.addAll(documentedPropertiesIn(name));
        Set<String> readAsVariables = new HashSet<>();
        read.forEach(property -> readAsVariables.addAll(asVariables(property)));

        Map<String, Object> environment = map(composeService(name).get("environment"));
        assertThat(environment.keySet()).filteredOn(variable -> !variable.equals("SPRING_PROFILES_ACTIVE"))
                .allSatisfy(variable -> assertThat(readAsVariables).as(variable + " is read by " + name)
                        .contains(variable));
        if (environment.containsKey("SPRING_PROFILES_ACTIVE")) {
            assertThat(read).as("the profiles compose activates exist")
                    .contains("spring.config.activate.on-profile");
            assertThat(String.valueOf(environment.get("SPRING_PROFILES_ACTIVE")).split(","))
                    .allSatisfy(profile -> assertThat(profilesIn(name)).contains(profile.strip()));
        }
    }

    /**
     * The properties the libraries packed into the service's jar document (Spring Boot's configuration metadata), such
     * as the OTLP endpoint compose sets without the repository's own files naming it.
     */
    private static Set<String> documentedPropertiesIn(String name) throws IOException {
        Path jar = PROJECT.resolve(name).resolve("target").resolve(name + ".jar");
        assertThat(jar).as("the packaged service (built before the system tests run)").exists();
        Set<String> documented = new HashSet<>();
        try (java.util.zip.ZipFile service = new java.util.zip.ZipFile(jar.toFile())) {
            for (java.util.zip.ZipEntry library : java.util.Collections.list(service.entries())) {
                if (library.getName().startsWith("BOOT-INF/lib/") && library.getName().endsWith(".jar")) {
                    documented.addAll(documentedPropertiesIn(service.getInputStream(library)));
                }
            }
        }
        return documented;
    }

    private static Set<String> documentedPropertiesIn(java.io.InputStream library) throws IOException {
        Set<String> documented = new HashSet<>();
        java.util.zip.ZipInputStream entries = new java.util.zip.ZipInputStream(library);
        for (java.util.zip.ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
            if (entry.getName().equals("META-INF/spring-configuration-metadata.json")) {
                Matcher property = METADATA_NAME.matcher(new String(entries.readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
                while (property.find()) {
                    documented.add(property.group(1));
                }
            }
        }
        return documented;
    }

    @ParameterizedTest
    @ValueSource(strings = { "therapist-service", "booking-service", "notification-service" })
    void each_service_sends_its_spans_to_the_tracing_backend_compose_runs(String name) throws IOException {
        String endpoint = String.valueOf(map(composeService(name).get("environment"))
                .get("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT"));

        java.net.URI otlp = java.net.URI.create(endpoint);
        assertThat(otlp.getPath()).as("OTLP over HTTP, traces").isEqualTo("/v1/traces");
        assertThat(otlp.getPort()).as("Jaeger's OTLP/HTTP port").isEqualTo(4318);
        assertThat(composeService(otlp.getHost())).as("a compose service named " + otlp.getHost()).isNotNull();
        assertThat(String.valueOf(composeService(otlp.getHost()).get("image"))).startsWith("jaegertracing/jaeger:");
    }

    /** Keycloak leaves an unresolved ${NAME} as it is: a client secret would be the text itself. */
    @org.junit.jupiter.api.Test
    void keycloak_in_compose_gets_every_placeholder_the_realm_file_needs_and_keeps_its_data_in_postgres() throws IOException {
        Map<String, Object> environment = map(composeService("keycloak").get("environment"));
        Set<String> required = new HashSet<>();
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)}")
                .matcher(Files.readString(PROJECT.resolve("docker/keycloak/clinicnet-realm.json")));
        while (placeholder.find()) {
            required.add(placeholder.group(1));
        }

        assertThat(required).isNotEmpty();
        assertThat(environment.keySet()).containsAll(required);
        assertThat(environment).containsEntry("KC_DB", "postgres");
        String database = databaseIn(String.valueOf(environment.get("KC_DB_URL")));
        assertThat(Files.readString(PROJECT.resolve("docker/postgres/init.sql"))).contains("CREATE DATABASE " + database);
        assertThat(environment.get("CLINICNET_SMTP_HOST")).as("Keycloak mails through Mailpit").isEqualTo("mailpit");
        assertThat(composeService("mailpit")).isNotNull();
    }

    private static Set<String> profilesIn(String name) throws IOException {
        Set<String> profiles = new HashSet<>();
        for (Path config : List.of(PROJECT.resolve(name).resolve("src/main/resources/application.yml"),
                PROJECT.resolve("platform/src/main/resources/clinicnet-platform.yml"))) {
            Matcher profile = Pattern.compile("on-profile:\\s*(\\S+)").matcher(Files.readString(config));
            while (profile.find()) {
                profiles.add(profile.group(1));
            }
        }
        return profiles;
    }

    /**
     * The environment variables Spring's relaxed binding reads a property from: spring.kafka.bootstrap-servers from
     * SPRING_KAFKA_BOOTSTRAPSERVERS, and from the legacy form with the dash as an underscore.
     */
    private static Set<String> asVariables(String property) {
        return new HashSet<>(List.of(property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT),
                property.replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT)));
    }

    private static void flatten(String prefix, Object node, Set<String> into) {
        if (node instanceof Map<?, ?> children) {
            children.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key)
                    : prefix + "." + key, value, into));
        }
        else if (node instanceof List<?> documents && prefix.isEmpty()) {
            documents.forEach(document -> flatten("", document, into));
        }
        else {
            into.add(prefix);
        }
    }

    private static Map<String, Object> own(String name) throws IOException {
        Object first = yamlDocuments(Files.readString(PROJECT.resolve(name).resolve("src/main/resources/application.yml"))).get(0);
        Map<String, Object> flat = new java.util.HashMap<>();
        flattenValues("", first, flat);
        return flat;
    }

    private static void flattenValues(String prefix, Object node, Map<String, Object> into) {
        if (node instanceof Map<?, ?> children) {
            children.forEach((key, value) -> flattenValues(prefix.isEmpty() ? String.valueOf(key)
                    : prefix + "." + key, value, into));
        }
        else {
            into.put(prefix, node);
        }
    }

    private static List<Object> yamlDocuments(String text) {
        List<Object> documents = new java.util.ArrayList<>();
        new Yaml(new LoaderOptions()).loadAll(text).forEach(documents::add);
        return documents;
    }

    private static Map<String, Object> composeService(String name) throws IOException {
        Map<String, Object> compose = new Yaml(new LoaderOptions()).load(Files.readString(PROJECT.resolve("docker-compose.yml")));
        return map(map(compose.get("services")).get(name));
    }

    private static String databaseIn(String jdbcUrl) {
        Matcher database = DATABASE.matcher(jdbcUrl);
        assertThat(database.find()).as("a PostgreSQL URL: " + jdbcUrl).isTrue();
        return database.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object node) {
        return (List<String>) node;
    }
}
