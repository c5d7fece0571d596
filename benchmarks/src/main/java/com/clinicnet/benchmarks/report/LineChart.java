package com.clinicnet.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plot of one or more series (x, y), written as a PNG next to the scenario's result. */
public final class LineChart {

    final String file;
    final String title;
    final String xTitle;
    final String yTitle;
    final Map<String, List<double[]>> series = new LinkedHashMap<>();

    public LineChart(String file, String title, String xTitle, String yTitle) {
        this.file = file;
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    /** One series of the chart, to add points to as they are measured. */
    public Series named(String seriesName) {
        return new Series(this, seriesName);
    }

    public LineChart point(String seriesName, double x, double y) {
        series.computeIfAbsent(seriesName, name -> new ArrayList<>()).add(new double[] { x, y });
        return this;
    }

    public record Series(LineChart chart, String name) {

        public Series point(double x, double y) {
            chart.point(name, x, y);
            return this;
        }
    }
}
