package com.clinicnet.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the figures were measured on: they mean nothing without it. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGiB", memoryGib().orElse(null));
        machine.put("cpu", lineOf("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return machine;
    }

    private static Optional<Double> memoryGib() {
        return lineOf("/proc/meminfo", "MemTotal")
                .map(line -> Double.parseDouble(line.replaceAll("[^0-9]", "")) / (1024 * 1024))
                .map(gib -> Math.round(gib * 10) / 10.0);
    }

    private static Optional<String> lineOf(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
        }
        catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
