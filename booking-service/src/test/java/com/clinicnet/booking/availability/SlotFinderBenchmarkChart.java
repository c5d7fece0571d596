package com.clinicnet.booking.availability;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the JSON results of {@link SlotFinderBenchmarks} into a table on the console and bar charts of the time of
 * one city search with its 99.9% error: a panel per network size (their times are ten times apart), a bar per
 * fortnight and bookings. Arguments: the jmh.json to read, the PNG to write.
 */
public final class SlotFinderBenchmarkChart {

    private static final String PANEL = "therapists";
    private static final String SERIES = "bookings";
    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final int PANEL_WIDTH = 700;
    private static final int PANEL_HEIGHT = 500;
    private static final double BYTES_PER_MB = 1e6;

    private SlotFinderBenchmarkChart() {
    }

    record Result(String benchmark, Map<String, String> params, double score, double error, String unit,
            double allocatedBytes) {

        String paramsText() {
            return params.entrySet().stream().map(Object::toString).collect(Collectors.joining(" "));
        }

        /** What tells the bars of one series apart: the benchmark and the parameters that are neither panel nor series. */
        String category() {
            return Stream.concat(Stream.of(benchmark), params.entrySet().stream()
                    .filter(param -> !param.getKey().equals(PANEL) && !param.getKey().equals(SERIES))
                    .map(Map.Entry::getValue)).collect(Collectors.joining(" "));
        }
    }

    public static void main(String[] args) throws IOException {
        // no display where benchmarks run
        System.setProperty("java.awt.headless", "true");
        List<Result> results = read(Path.of(args[0]));
        print(results);
        Path png = Path.of(args[1]);
        Map<String, List<Result>> panels = results.stream()
                .collect(Collectors.groupingBy(result -> result.params().getOrDefault(PANEL, ""), LinkedHashMap::new,
                        Collectors.toList()));
        List<CategoryChart> charts = panels.entrySet().stream().map(panel -> chart(panel.getKey(), panel.getValue())).toList();
        BitmapEncoder.saveBitmap(charts, 1, charts.size(), png.toString(), BitmapFormat.PNG);
        System.out.println("Chart: " + png.toAbsolutePath());
    }

    private static List<Result> read(Path json) {
        List<Result> results = new ArrayList<>();
        for (JsonNode run : JsonMapper.builder().build().readTree(json.toFile())) {
            Map<String, String> params = new LinkedHashMap<>();
            run.path("params").properties().forEach(param -> params.put(param.getKey(), param.getValue().asString()));
            JsonNode primary = run.path("primaryMetric");
            String benchmark = run.path("benchmark").asString();
            results.add(new Result(benchmark.substring(benchmark.lastIndexOf('.') + 1), params,
                    primary.path("score").asDouble(), primary.path("scoreError").asDouble(Double.NaN),
                    primary.path("scoreUnit").asString(),
                    run.path("secondaryMetrics").path(ALLOCATION).path("score").asDouble(Double.NaN)));
        }
        return results;
    }

    private static void print(List<Result> results) {
        int benchmarkWidth = results.stream().mapToInt(result -> result.benchmark().length()).max().orElse(0);
        int paramsWidth = results.stream().mapToInt(result -> result.paramsText().length()).max().orElse(0);
        String row = "%-" + benchmarkWidth + "s  %-" + paramsWidth + "s  %10s  %10s  %-6s  %12s%n";
        System.out.printf(row, "benchmark", "params", "score", "error", "unit", "allocated/op");
        for (Result result : results) {
            System.out.printf(row, result.benchmark(), result.paramsText(), "%.3f".formatted(result.score()),
                    "± %.3f".formatted(result.error()), result.unit(),
                    Double.isNaN(result.allocatedBytes()) ? "" : "%.1f MB".formatted(result.allocatedBytes() / BYTES_PER_MB));
        }
    }

    private static CategoryChart chart(String networkSize, List<Result> results) {
        CategoryChart chart = new CategoryChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title("SlotFinder, one city search over a fortnight: " + networkSize + " " + PANEL)
                .yAxisTitle(results.getFirst().unit() + " (lower is better)").build();
        chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setDecimalPattern("#,##0.0");
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setErrorBarsColor(Color.BLACK);
        results.stream().collect(Collectors.groupingBy(result -> result.params().getOrDefault(SERIES, ""),
                        LinkedHashMap::new, Collectors.toList()))
                .forEach((series, runs) -> chart.addSeries(series, runs.stream().map(Result::category).toList(),
                        runs.stream().map(Result::score).toList(), runs.stream().map(Result::error).toList()));
        return chart;
    }
}
