package com.clinicnet.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects each scenario's outcome and keeps {@code target/reliability/report.md} (the table for
 * docs/reliability.md) and {@code report.csv} up to date after every scenario, so a run stopped half-way still
 * reports what it measured.
 */
public final class ReliabilityReport {

    private static final Path DIRECTORY = Path.of("target", "reliability");
    private static final List<ScenarioOutcome> OUTCOMES = new ArrayList<>();

    private ReliabilityReport() {
    }

    public static synchronized void record(ScenarioOutcome outcome) {
        OUTCOMES.add(outcome);
        System.out.printf("[reliability] %s | %s | %s | expected %d, delivered %d, lost %d, doubled %d%n",
                outcome.scenario(), outcome.load(), outcome.faults(), outcome.expected(), outcome.delivered(),
                outcome.lost(), outcome.doubled());
        write();
    }

    private static void write() {
        StringBuilder table = new StringBuilder("""
                Run %s UTC, scale %s, %d cores, JDK %s

                | scenario | load | faults injected | expected | delivered | lost | doubled |
                |---|---|---|---:|---:|---:|---:|
                """.formatted(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Scale.current().name().toLowerCase(java.util.Locale.ROOT), Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature()));
        StringBuilder csv = new StringBuilder("scenario,load,faults,expected,delivered,lost,doubled\n");
        for (ScenarioOutcome outcome : OUTCOMES) {
            table.append("| %s | %s | %s | %d | %d | %d | %d |%n".formatted(outcome.scenario(), outcome.load(),
                    outcome.faults(), outcome.expected(), outcome.delivered(), outcome.lost(), outcome.doubled()));
            csv.append("\"%s\",\"%s\",\"%s\",%d,%d,%d,%d%n".formatted(outcome.scenario(), outcome.load(),
                    outcome.faults(), outcome.expected(), outcome.delivered(), outcome.lost(), outcome.doubled()));
        }
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve("report.md"), table, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            Files.writeString(DIRECTORY.resolve("report.csv"), csv, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
