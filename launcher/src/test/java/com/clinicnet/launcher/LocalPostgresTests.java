package com.clinicnet.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTests {

    @TempDir
    Path data;

    @Test
    void the_local_postgresql_writes_every_commit_to_disk_before_it_answers() {
        try (LocalPostgres postgres = LocalPostgres.start(data, FreePorts.any(), List.of("booking_service"))) {
            assertThat(postgres.setting("fsync")).isEqualTo("on");
            assertThat(postgres.setting("synchronous_commit")).isEqualTo("on");
        }
    }
}
