package com.clinicnet.localauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalAuthServerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DESK_CLINIC = "0f8a6c1e-5d2b-4c39-8b7e-2a1d9e3f4b10";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void demoCallers(DynamicPropertyRegistry properties) throws IOException {
        Path file = Files.createTempFile("demo-callers", ".properties");
        Files.writeString(file, """
                demo-front-desk.secret=desk-secret
                demo-front-desk.subject=desk-lisbon
                demo-front-desk.roles=FRONT_DESK
                demo-front-desk.clinic-ids=%s
                """.formatted(DESK_CLINIC));
        properties.add("clinicnet.auth.demo-callers-file", file::toString);
    }

    @Test
    void a_demo_front_desk_gets_a_signed_token_naming_its_role_clinics_and_the_clinicnet_audience() throws Exception {
        HttpResponse<String> response = tokenRequest("demo-front-desk", "desk-secret");

        assertThat(response.statusCode()).isEqualTo(200);
        String[] jwt = JSON.readTree(response.body()).path("access_token").asString().split("\\.");
        assertThat(jwt).hasSize(3);
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(header.path("alg").asString()).isEqualTo("RS256");
        assertThat(claims.path("sub").asString()).isEqualTo("desk-lisbon");
        assertThat(claims.path("aud").toString()).contains("clinicnet");
        assertThat(claims.path("roles").toString()).contains("FRONT_DESK");
        assertThat(claims.path("clinic_ids").toString()).contains(DESK_CLINIC);
        assertThat(claims.path("iss").asString()).isEqualTo("http://localhost:9000");
    }

    @Test
    void a_wrong_secret_gets_no_token() throws Exception {
        assertThat(tokenRequest("demo-front-desk", "guess").statusCode()).isEqualTo(401);
    }

    @Test
    void the_public_keys_are_published_for_the_services_to_check_signatures() throws Exception {
        HttpResponse<String> keys = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/jwks")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(keys.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(keys.body()).path("keys").get(0).path("kty").asString()).isEqualTo("RSA");
    }

    private HttpResponse<String> tokenRequest(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=clinicnet"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
