package com.clinicnet.benchmarks.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** The few plain JDBC reads the benchmarks make to see what the services did. */
public final class Sql {

    private static final Duration POLL = Duration.ofMillis(100);

    private Sql() {
    }

    public static long count(Connection db, String query) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Between two polls of a count that is still growing. */
    public static void pause() {
        try {
            Thread.sleep(POLL);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
