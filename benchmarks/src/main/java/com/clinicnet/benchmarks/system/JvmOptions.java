package com.clinicnet.benchmarks.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a service's JVM is started in a benchmark: the production JIT and a fixed heap, plus on request a Java Flight
 * Recording of one service ({@code -Dclinicnet.benchmark.profile=booking-service}, written next to the result) or
 * any other options ({@code -Dclinicnet.benchmark.service-jvm-options="..."}).
 */
final class JvmOptions {

    private static final String HEAP = "-Xmx512m";

    private JvmOptions() {
    }

    static List<String> forService(String instance, Path resultDirectory) {
        List<String> options = new ArrayList<>(List.of(HEAP));
        if (instance.equals(System.getProperty("clinicnet.benchmark.profile"))) {
            options.add("-XX:StartFlightRecording=settings=profile,filename="
                    + resultDirectory.resolve(instance + ".jfr"));
        }
        String extra = System.getProperty("clinicnet.benchmark.service-jvm-options", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(Arrays.asList(extra.split("\\s+")));
        }
        return options;
    }
}
