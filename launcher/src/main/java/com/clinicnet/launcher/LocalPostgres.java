package com.clinicnet.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL from zonky's binaries (Maven Central), its data kept under the project so a restart keeps
 * it. Each service gets its own database owned by the {@code clinicnet} role. It listens on localhost only.
 *
 * <p>It is durable as a clinic would run it: zonky starts its server for tests, with fsync off and
 * synchronous_commit off, so a power cut could lose bookings already confirmed to clients; here both are on.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String ROLE = "clinicnet";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** What every commit the server answers survives: a crash or a power cut loses none of them. */
    public static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on");

    public static LocalPostgres start(Path dataDirectory, int port, List<String> databases) {
        return start(dataDirectory, port, databases, Map.of());
    }

    /** With server settings of its own on top of the durable ones. */
    public static LocalPostgres start(Path dataDirectory, int port, List<String> databases,
            Map<String, String> serverSettings) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port);
            DURABLE.forEach(builder::setServerConfig);
            serverSettings.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            LocalPostgres local = new LocalPostgres(postgres);
            local.createRoleAndDatabases(databases);
            return local;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** A server setting as the running server reports it (SHOW). */
    public String setting(String name) {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement();
                java.sql.ResultSet shown = sql.executeQuery("SHOW " + name)) {
            shown.next();
            return shown.getString(1);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot read the setting " + name, e);
        }
    }

    private void createRoleAndDatabases(List<String> databases) {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement()) {
            if (!sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE + "'").next()) {
                // local only: the embedded server trusts connections from this machine, so no password is needed
                sql.execute("CREATE ROLE " + ROLE + " LOGIN");
            }
            for (String database : databases) {
                if (!sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'").next()) {
                    sql.execute("CREATE DATABASE " + database + " OWNER " + ROLE);
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the ClinicNet databases", e);
        }
    }

    /** Ends the server; its data stays in the directory. */
    @Override
    public void close() {
        try {
            postgres.close();
        }
        catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
