package com.clinicnet.localauth;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The demo callers, read from the properties file the launcher writes ({@code <client-id>.secret},
 * {@code .subject}, {@code .roles}, {@code .clinic-ids}). Read on every lookup, so the launcher can name the seeded
 * therapist and clinics after start-up.
 */
class DemoCallers {

    private final Path file;

    DemoCallers(Path file) {
        this.file = file;
    }

    Optional<DemoCaller> find(String clientId) {
        Properties properties = load();
        String secret = properties.getProperty(clientId + ".secret");
        if (secret == null) {
            return Optional.empty();
        }
        return Optional.of(new DemoCaller(clientId, secret, properties.getProperty(clientId + ".subject", clientId),
                list(properties.getProperty(clientId + ".roles")), list(properties.getProperty(clientId + ".clinic-ids"))));
    }

    private Properties load() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            return properties;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo callers from " + file, e);
        }
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
