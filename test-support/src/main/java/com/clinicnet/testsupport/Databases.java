package com.clinicnet.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates a service's database on the shared server the first time a test asks for it. */
final class Databases {

    private Databases() {
    }

    static synchronized void createIfMissing(String adminUrl, String user, String password, String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
            if (!exists(admin, database)) {
                try (Statement create = admin.createStatement()) {
                    create.execute("CREATE DATABASE " + database);
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    private static boolean exists(Connection admin, String database) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
