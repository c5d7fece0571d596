package com.clinicnet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.RealInfrastructure;

import tools.jackson.databind.json.JsonMapper;

/** In the container profile a service logs one JSON object (Elastic Common Schema) per line, for a log pipeline. */
class ContainerLogsTests {

    @Test
    void in_the_container_profile_every_log_line_is_a_json_object_naming_the_service() throws Exception {
        ServiceProcess service = RunningClinicNet.anotherInstance("notification-service", "container",
                RealInfrastructure.shared(), List.of("--spring.profiles.active=container",
                        "--spring.main.banner-mode=off")).start();
        try {
            service.awaitReady(Duration.ofMinutes(3));
        }
        finally {
            service.stop();
        }

        List<String> lines = Files.readAllLines(service.log()).stream().filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThan(5);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(lines).allSatisfy(line -> assertThat(json.readTree(line).path("service").path("name").asString())
                .isEqualTo("notification-service"));
        assertThat(String.join("\n", lines)).contains("Started NotificationServiceApplication");
    }
}
