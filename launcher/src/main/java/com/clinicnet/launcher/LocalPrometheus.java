package com.clinicnet.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prometheus for the local run, when it is installed (Debian: {@code apt install prometheus}): scrapes the three
 * services every 5 s with the same alert rules as docker-compose, so the dashboards' queries can be tried at
 * http://localhost:9090. Data in {@code .clinicnet/prometheus}. Without the binary the local run goes on without it.
 */
final class LocalPrometheus implements AutoCloseable {

    private static final String BINARY = "prometheus";

    private final Process process;

    private LocalPrometheus(Process process) {
        this.process = process;
    }

    /** The prometheus binary on the PATH, if any. */
    static Optional<Path> installed() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, BINARY)).filter(Files::isExecutable).findFirst();
    }

    static LocalPrometheus start(Path binary, Path home, Path rules, int port, List<Integer> servicePorts,
            Path logs) {
        try {
            Files.createDirectories(home.resolve("data"));
            Files.copy(rules, home.resolve("alert-rules.yml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path config = home.resolve("prometheus.yml");
            Files.writeString(config, configFor(servicePorts));
            Process process = new ProcessBuilder(binary.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + home.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true).redirectOutput(logs.resolve("prometheus.log").toFile()).start();
            return new LocalPrometheus(process);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot start Prometheus", e);
        }
    }

    /** The services answer /actuator/prometheus to 127.0.0.1 without a token in the local run. */
    static String configFor(List<Integer> servicePorts) {
        String targets = servicePorts.stream().map(port -> "\"127.0.0.1:" + port + "\"")
                .collect(Collectors.joining(", "));
        return """
                global:
                  scrape_interval: 5s
                rule_files:
                  - alert-rules.yml
                scrape_configs:
                  - job_name: clinicnet
                    metrics_path: /actuator/prometheus
                    static_configs:
                      - targets: [%s]
                """.formatted(targets);
    }

    @Override
    public void close() {
        process.destroy();
    }
}
