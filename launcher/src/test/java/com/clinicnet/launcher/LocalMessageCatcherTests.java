package com.clinicnet.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local run's stand-in for the SMS provider behaves as notification-service expects a provider to. */
class LocalMessageCatcherTests {

    private static final String SMS = "{\"from\":\"ClinicNet\",\"to\":\"+351912345678\",\"text\":\"ClinicNet: see you\","
            + "\"reference\":\"0b6c3d4e-1111-4222-8333-444455556666\"}";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port = FreePorts.any();
    private final LocalMessageCatcher catcher = LocalMessageCatcher.start(FreePorts.any(), port);

    @AfterEach
    void stop() {
        catcher.close();
    }

    @Test
    void an_sms_taken_is_listed_once_however_often_it_is_sent_and_known_by_its_reference() throws Exception {
        assertThat(post(SMS).statusCode()).isEqualTo(202);
        assertThat(post(SMS).statusCode()).isEqualTo(202);

        assertThat(get("/sms").body()).isEqualTo("[" + SMS + "]");
        assertThat(get("/sms/0b6c3d4e-1111-4222-8333-444455556666").statusCode()).isEqualTo(200);
    }

    @Test
    void an_sms_never_taken_is_unknown() throws Exception {
        assertThat(get("/sms/9f9f9f9f-1111-4222-8333-444455556666").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sms"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
