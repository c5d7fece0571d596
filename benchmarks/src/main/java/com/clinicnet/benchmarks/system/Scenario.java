package com.clinicnet.benchmarks.system;

/** Runs one benchmark scenario against a system of its own and exits (the broker's threads would keep the JVM). */
public final class Scenario {

    private Scenario() {
    }

    public static void run(String name, Measurement measurement) {
        System.setProperty("java.awt.headless", "true");
        int status = 0;
        try (BenchmarkedSystem system = BenchmarkedSystem.start(name)) {
            measurement.measure(system);
        }
        catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    @FunctionalInterface
    public interface Measurement {
        void measure(BenchmarkedSystem system) throws Exception;
    }
}
