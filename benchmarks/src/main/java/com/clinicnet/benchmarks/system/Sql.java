package com.clinicnet.benchmarks.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

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

    /** Polls the count until it reaches what is expected; fails after the time given. */
    public static void awaitCount(Connection db, String query, long expected, Duration within) throws SQLException {
        Instant deadline = Instant.now().plus(within);
        long seen;
        while ((seen = count(db, query)) < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(query + " reached " + seen + ", not " + expected + ", within " + within);
            }
            pause();
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
