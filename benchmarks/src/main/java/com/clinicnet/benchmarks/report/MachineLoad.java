package com.clinicnet.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How busy the whole machine was while a scenario measured (Linux only, else no figures): the share of CPU time not
 * idle over the window, from /proc/stat, and the 1-minute load average sampled every few seconds. It counts every
 * process, the measured system's and anyone else's on the machine alike.
 */
public final class MachineLoad {

    private static final int SAMPLE_EVERY_SECONDS = 5;

    private final long[] cpuAtStart = cpuTicks();
    private final List<Double> loadAverages = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "machine-load");
        thread.setDaemon(true);
        return thread;
    });
    private Result result;

    private MachineLoad() {
        sampler.scheduleAtFixedRate(this::sample, 0, SAMPLE_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts watching now. */
    public static MachineLoad watch() {
        return new MachineLoad();
    }

    /** Stops watching; what it saw since {@link #watch()}. */
    public synchronized Result stop() {
        if (result == null) {
            sampler.shutdownNow();
            long[] cpuAtEnd = cpuTicks();
            double busy = Double.NaN;
            if (cpuAtStart.length > 0 && cpuAtEnd.length > 0) {
                long total = Arrays.stream(cpuAtEnd).sum() - Arrays.stream(cpuAtStart).sum();
                long idle = idle(cpuAtEnd) - idle(cpuAtStart);
                busy = total == 0 ? Double.NaN : Math.round(1000.0 * (total - idle) / total) / 10.0;
            }
            List<Double> seen;
            synchronized (loadAverages) {
                seen = List.copyOf(loadAverages);
            }
            result = new Result(busy, seen.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                    seen.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        }
        return result;
    }

    /**
     * @param cpuBusyPercent      CPU time not idle (nor waiting for I/O) over the window, all cores, in %
     * @param loadAverageMean     mean of the sampled 1-minute load averages
     * @param loadAverageMax      highest sampled 1-minute load average
     */
    public record Result(double cpuBusyPercent, double loadAverageMean, double loadAverageMax) {
    }

    private void sample() {
        try {
            loadAverages.add(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
        }
        catch (IOException | RuntimeException unreadable) {
            // not Linux: no load average
        }
    }

    /** user nice system idle iowait irq softirq steal, in clock ticks, summed over all cores. */
    private static long[] cpuTicks() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
            return Arrays.stream(cpu.substring("cpu".length()).strip().split("\\s+")).limit(8)
                    .mapToLong(Long::parseLong).toArray();
        }
        catch (IOException | RuntimeException unreadable) {
            return new long[0];
        }
    }

    private static long idle(long[] ticks) {
        return ticks[3] + ticks[4];
    }
}
