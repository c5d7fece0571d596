package com.clinicnet.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.gatling.app.Gatling$;
import io.gatling.javaapi.core.Simulation;

/** Runs a Gatling simulation in this JVM (next to the system it loads) and finds the HTML report it wrote. */
public final class GatlingRun {

    private GatlingRun() {
    }

    /** The directory of the run's HTML report ({@code index.html}). */
    public static Path run(Class<? extends Simulation> simulation, Path resultsDirectory, String description) {
        try {
            Files.createDirectories(resultsDirectory);
            int status = Gatling$.MODULE$.fromArgs(new String[] { "--simulation", simulation.getName(),
                    "--results-folder", resultsDirectory.toString(), "--run-description", description });
            if (status != 0) {
                throw new IllegalStateException("Gatling ended with status " + status);
            }
            try (Stream<Path> runs = Files.list(resultsDirectory)) {
                return runs.filter(Files::isDirectory).max(Comparator.comparing(GatlingRun::modified))
                        .orElseThrow(() -> new IllegalStateException("Gatling wrote no report"));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path directory) {
        try {
            return Files.getLastModifiedTime(directory).toMillis();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
