package com.clinicnet.reliability;

import java.time.Duration;
import java.util.Locale;

/**
 * How hard the scenarios push: {@code small} in CI (every scenario, at a size that fits its budget), {@code full}
 * at the sizes of the reliability issue ({@code -Preliability-full}, or {@code -Dreliability.scale=full}).
 */
public enum Scale {

    SMALL, FULL;

    public static Scale current() {
        return valueOf(System.getProperty("reliability.scale", "small").toUpperCase(Locale.ROOT));
    }

    public int of(int small, int full) {
        return this == FULL ? full : small;
    }

    public Duration of(Duration small, Duration full) {
        return this == FULL ? full : small;
    }
}
