package com.clinicnet.web.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples of a Prometheus text exposition (version 0.0.4): name, labels, value; comments and timestamps left
 * out. Only what the platform state reads is offered. Plain Java.
 */
final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)(\\s+\\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final double P99 = 0.99;

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    static PrometheusText parse(String exposition) {
        List<Sample> samples = new ArrayList<>();
        for (String line : exposition.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(trimmed);
            if (sample.matches()) {
                Map<String, String> labels = new LinkedHashMap<>();
                if (sample.group(3) != null) {
                    Matcher label = LABEL.matcher(sample.group(3));
                    while (label.find()) {
                        labels.put(label.group(1), label.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
                    }
                }
                samples.add(new Sample(sample.group(1), labels, valueOf(sample.group(4))));
            }
        }
        return new PrometheusText(samples);
    }

    List<Sample> samples(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    /** The sum over every series of the name; empty when the service does not expose it. */
    OptionalDouble sum(String name) {
        List<Sample> series = samples(name);
        return series.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(series.stream().mapToDouble(Sample::value).sum());
    }

    OptionalDouble max(String name) {
        return samples(name).stream().mapToDouble(Sample::value).max();
    }

    /**
     * The 99th percentile of a histogram since the service started, from its cumulative buckets: the upper bound of
     * the first bucket holding 99 % of the observations. Empty without observations.
     */
    OptionalDouble p99(String histogram) {
        Map<Double, Double> countByBound = new java.util.TreeMap<>();
        samples(histogram + "_bucket").forEach(bucket -> countByBound.merge(valueOf(bucket.labels().get("le")),
                bucket.value(), Double::sum));
        double total = countByBound.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
        if (total == 0) {
            return OptionalDouble.empty();
        }
        return countByBound.entrySet().stream().filter(bucket -> bucket.getValue() >= P99 * total)
                .mapToDouble(Map.Entry::getKey).findFirst();
    }

    /** For a metric with a {@code state} label set to 1 on the current state: each name's current state. */
    Map<String, String> states(String name) {
        Map<String, String> states = new java.util.TreeMap<>();
        samples(name).stream().filter(sample -> sample.value() == 1)
                .forEach(sample -> states.put(sample.labels().getOrDefault("name", ""), sample.labels().get("state")));
        return states;
    }

    private static double valueOf(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }
}
