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

    @ParameterizedTest
    @ValueSource(strings = { "therapist-service", "booking-service", "notification-service" })
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
