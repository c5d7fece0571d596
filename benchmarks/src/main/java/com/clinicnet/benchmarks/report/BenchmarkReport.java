package com.clinicnet.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one scenario measured: a table printed to the console, and under {@code target/benchmarks/<scenario>/} the
 * same as {@code result.json} (with the machine and the date) and each chart as a PNG.
 */
public final class BenchmarkReport {

    private static final int CHART_WIDTH = 900;
    private static final int CHART_HEIGHT = 540;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final String scenario;
    private final Path directory;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<LineChart> charts = new ArrayList<>();

    private BenchmarkReport(String scenario, Path directory, List<String> columns) {
        this.scenario = scenario;
        this.directory = directory;
        this.columns = columns;
    }

    public static BenchmarkReport of(String scenario, String... columns) {
        Path directory = Project.directory().resolve("benchmarks/target/benchmarks").resolve(scenario);
        try {
            Files.createDirectories(directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchmarkReport(scenario, directory, List.of(columns));
    }

    public Path directory() {
        return directory;
    }

    public BenchmarkReport row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("A row of " + scenario + " has " + columns.size() + " columns");
        }
        rows.add(Arrays.asList(values));
        return this;
    }

    /** A headline figure (a ratio, a rate) that the closing table and the JSON carry by name. */
    public BenchmarkReport figure(String name, Object value) {
        figures.put(name, value);
        return this;
    }

    public BenchmarkReport chart(LineChart chart) {
        charts.add(chart);
        return this;
    }

    public void write() {
        printTable();
        figures.forEach((name, value) -> System.out.printf("%-40s %s%n", name, format(value)));
        try {
            Files.writeString(directory.resolve("result.json"), JSON.writeValueAsString(asJson()));
            for (LineChart chart : charts) {
                BitmapEncoder.saveBitmap(render(chart), directory.resolve(chart.file).toString(),
                        BitmapEncoder.BitmapFormat.PNG);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Written: " + directory.resolve("result.json") + (charts.isEmpty() ? ""
                : " and " + charts.stream().map(chart -> chart.file).toList()));
    }

    private Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", scenario);
        json.put("measuredAt", Instant.now().toString());
        json.put("machine", Machine.describe());
        json.put("figures", figures);
        List<Map<String, Object>> table = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> line = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                line.put(columns.get(i), row.get(i));
            }
            table.add(line);
        }
        json.put("rows", table);
        return json;
    }

    private void printTable() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (List<Object> row : rows) {
                widths[i] = Math.max(widths[i], format(row.get(i)).length());
            }
        }
        System.out.println();
        System.out.println("== " + scenario + " ==");
        printLine(columns.stream().map(Object.class::cast).toList(), widths);
        for (List<Object> row : rows) {
            printLine(row, widths);
        }
    }

    private static void printLine(List<Object> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String text = format(values.get(i));
            line.append(i == 0 ? String.format("%-" + widths[i] + "s", text) : String.format("  %" + widths[i] + "s", text));
        }
        System.out.println(line);
    }

    private static String format(Object value) {
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, number >= 100 ? "%.0f" : number >= 1 ? "%.1f" : "%.3f", number);
        }
        return String.valueOf(value);
    }

    private static XYChart render(LineChart chart) {
        XYChart xy = new XYChartBuilder().width(CHART_WIDTH).height(CHART_HEIGHT).title(chart.title)
                .xAxisTitle(chart.xTitle).yAxisTitle(chart.yTitle).build();
        chart.series.forEach((name, points) -> xy.addSeries(name, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray()).setMarker(SeriesMarkers.CIRCLE));
        return xy;
    }
}
