package com.clinicnet.benchmarks.system;

import java.time.Duration;

import com.clinicnet.launcher.ServiceProcess;

/** A service process of the benchmarked system and how long it took from start to ready. */
public record RunningService(String name, ServiceProcess process, Duration readyIn) {

    public int port() {
        return process.httpPort();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Resident memory now, in MiB (-1 where the platform does not tell). */
    public long residentMemoryMib() {
        return process.residentMemoryMib().orElse(-1L);
    }
}
