package com.clinicnet.reliability;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/** Timing of a fault: how long it lasts, and how long to watch for late duplicates after it. */
public final class Faults {

    /** Long enough for a message sent twice to arrive: the dispatcher polls every 0.2 s in the test profile. */
    public static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(5);

    private Faults() {
    }

    /** Keeps a fault in place until the given instant (a no-op when it has passed). */
    public static void holdUntil(Instant end) {
        Duration left = Duration.between(Instant.now(), end);
        if (!left.isNegative() && !left.isZero()) {
            await().pollDelay(left).atMost(left.plusSeconds(1)).until(() -> true);
        }
    }

    /** Watches a count stay at {@code expected} for the duplicate window: a message sent twice would raise it. */
    public static void awaitNoMoreThan(long expected, LongSupplier count) {
        await().during(DUPLICATE_WINDOW).atMost(DUPLICATE_WINDOW.multipliedBy(3))
                .until(() -> count.getAsLong() <= expected);
    }
}
