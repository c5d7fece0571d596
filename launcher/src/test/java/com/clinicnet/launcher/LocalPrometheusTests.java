package com.clinicnet.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

class LocalPrometheusTests {

    @Test
    void the_local_prometheus_scrapes_each_service_on_its_actuator_endpoint() {
        assertThat(LocalPrometheus.configFor(List.of(8082, 8081, 8083)))
                .contains("metrics_path: /actuator/prometheus")
                .contains("targets: [\"127.0.0.1:8082\", \"127.0.0.1:8081\", \"127.0.0.1:8083\"]")
                .contains("- alert-rules.yml");
    }

    /** Runs only where Debian's prometheus package is installed; the local run then starts it the same way. */
    @Test
    void an_installed_prometheus_scrapes_a_service_and_loads_the_alert_rules(@TempDir Path home) throws Exception {
        Optional<Path> binary = LocalPrometheus.installed();
        assumeTrue(binary.isPresent(), "prometheus is not installed here");
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/actuator/prometheus", exchange -> {
            byte[] body = "clinicnet_outbox_backlog 0.0\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        service.start();
        int port = FreePorts.any();
        Path rules = Path.of(System.getProperty("user.dir")).getParent()
                .resolve("docker/observability/prometheus/alert-rules.yml");
        try (LocalPrometheus prometheus = LocalPrometheus.start(binary.get(), home, rules, port,
                List.of(service.getAddress().getPort()), Files.createDirectories(home.resolve("logs")))) {
            assertThat(awaitAnswer(port, "/api/v1/query?query=clinicnet_outbox_backlog", "\"result\":[{"))
                    .contains("clinicnet_outbox_backlog");
            assertThat(awaitAnswer(port, "/api/v1/rules", "ReminderDelayHigh")).contains("OutboxBehind");
        }
        finally {
            service.stop(0);
        }
    }

    private static String awaitAnswer(int port, String path, String wanted) {
        HttpClient http = HttpClient.newHttpClient();
        return await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString()).body(), body -> body.contains(wanted));
    }
}
