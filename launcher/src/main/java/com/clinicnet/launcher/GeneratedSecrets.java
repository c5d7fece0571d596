package com.clinicnet.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Secrets of the local run, generated the first time each is asked for and kept in a properties file under
 * {@code .clinicnet/} (ignored by git), so a restart finds the same ones and nothing secret is committed.
 */
public final class GeneratedSecrets {

    private static final int SECRET_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final String comment;

    public GeneratedSecrets(Path file, String comment) {
        this.file = file;
        this.comment = comment;
    }

    public Path path() {
        return file;
    }

    /** The value kept under this key, generated and stored first if there is none. */
    public synchronized String secret(String key) {
        Properties properties = load();
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            value = generate();
            properties.setProperty(key, value);
            store(properties);
        }
        return value;
    }

    /** A value that is not secret (such as a user id), kept beside the secrets it belongs with. */
    public synchronized void put(String key, String value) {
        Properties properties = load();
        if (!value.equals(properties.getProperty(key))) {
            properties.setProperty(key, value);
            store(properties);
        }
    }

    private static String generate() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Readable by this machine's user only, where the file system has POSIX permissions. */
    private void ownerOnly() throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    private Properties load() {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private void store(Properties properties) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, comment + " (generated; not in git)");
            }
            ownerOnly();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
