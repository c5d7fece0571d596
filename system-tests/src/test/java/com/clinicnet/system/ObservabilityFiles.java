package com.clinicnet.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The provisioned Grafana dashboards and Prometheus alert rules, and the metric names their expressions read. */
final class ObservabilityFiles {

    private static final Path ROOT = Path.of(System.getProperty("clinicnet.services.dir", ".."))
            .toAbsolutePath().normalize().resolve("docker/observability");
    /** "expr": "..." in dashboard JSON and expr: ... in the rules' YAML, one expression per line in both. */
    private static final Pattern JSON_EXPR = Pattern.compile("\"expr\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern YAML_EXPR = Pattern.compile("^\\s*expr:\\s*(.+)$", Pattern.MULTILINE);

    private ObservabilityFiles() {
    }

    static Map<String, Set<String>> metricNamesByFile() {
        Map<String, Set<String>> byFile = new TreeMap<>();
        for (Path file : files()) {
            String text = read(file);
            Matcher expression = (file.toString().endsWith(".json") ? JSON_EXPR : YAML_EXPR).matcher(text);
            Set<String> names = new TreeSet<>();
            while (expression.find()) {
                names.addAll(PromQlMetricNames.in(expression.group(1).replace("\\\"", "\"")));
            }
            byFile.put(ROOT.relativize(file).toString(), names);
        }
        return byFile;
    }

    private static List<Path> files() {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(path -> path.toString().endsWith(".json") || path.getFileName().toString().equals("alert-rules.yml"))
                    .sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
