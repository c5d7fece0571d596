package com.clinicnet.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The storage tool reads its arguments as options: a cluster id must never look like one. */
class LocalKafkaTests {

    @Test
    void no_cluster_id_starts_with_a_dash_however_many_are_drawn() {
        assertThat(IntStream.range(0, 5_000).mapToObj(i -> LocalKafka.clusterId()))
                .allSatisfy(id -> assertThat(id).hasSize(22).doesNotStartWith("-"));
    }
}
