package com.clinicnet.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class ClinicDayWatchersTests {

    private static final UUID CHIADO = UUID.fromString("11111111-1111-1111-1111-111111111111");

    @Test
    void when_the_web_shuts_down_every_open_day_stream_is_ended_so_that_shutdown_does_not_wait_on_them() {
        ClinicDayWatchers watchers = new ClinicDayWatchers();
        SseEmitter stream = new SseEmitter();
        watchers.watch(CHIADO, stream);
        assertThat(watchers.watching(CHIADO)).isEqualTo(1);

        watchers.endEveryStream();

        assertThat(watchers.watching(CHIADO)).isZero();
        // an emitter already completed refuses to send: that is how its end shows before a servlet holds it
        assertThatIllegalStateException().isThrownBy(() -> stream.send(SseEmitter.event().data("after shutdown")));
    }
}
