package com.clinicnet.benchmarks.report;

import java.nio.file.Path;

/** The checkout the benchmarks run in: Maven passes it, so a run from any directory finds the services' jars. */
public final class Project {

    private Project() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("clinicnet.project", "..")).toAbsolutePath().normalize();
    }
}
