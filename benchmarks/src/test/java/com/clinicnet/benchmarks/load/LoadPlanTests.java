package com.clinicnet.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoadPlanTests {

    private static final Duration STEP = Duration.ofSeconds(10);

    private final LoadPlan plan = LoadPlan.stepped("http://localhost", Collections.emptyIterator(), 5, STEP,
            List.of(10.0, 20.0, 30.0), STEP);

    @Test
    void the_highest_level_is_the_fastest_rate_whose_p99_stayed_under_the_limit() {
        answer(level(10), 100, 40);
        answer(level(20), 200, 60);
        answer(level(30), 300, 150);

        assertThat(plan.highestLevelWithin(Duration.ofMillis(100))).map(LoadStep::offeredPerSecond).contains(20.0);
    }

    @Test
    void a_level_with_a_failed_request_or_that_fell_behind_is_not_kept_up() {
        answer(level(10), 100, 40);
        answer(level(20), 200, 40);
        level(20).record(40, false);
        answer(level(30), 200, 40);

        assertThat(plan.highestLevelWithin(Duration.ofMillis(100))).map(LoadStep::offeredPerSecond).contains(10.0);
    }

    @Test
    void the_warm_up_is_never_a_level() {
        assertThat(plan.levels()).extracting(LoadStep::label).containsExactly("10/s", "20/s", "30/s");
    }

    private LoadStep level(double perSecond) {
        return plan.levels().stream().filter(step -> step.offeredPerSecond() == perSecond).findFirst().orElseThrow();
    }

    private static void answer(LoadStep step, int count, long millis) {
        for (int i = 0; i < count; i++) {
            step.record(millis, true);
        }
    }
}
