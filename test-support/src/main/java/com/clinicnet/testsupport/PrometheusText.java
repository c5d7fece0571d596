package com.clinicnet.testsupport;

/** Reads one series from the text a service serves at /actuator/prometheus. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** The value of the series (name and labels exactly as served), or 0 when the service does not serve it yet. */
    public static double valueOf(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1))).orElse(0.0);
    }
}
