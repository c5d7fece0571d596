package com.clinicnet.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Token requests to an OpenID provider's token endpoint (form-encoded, client secret in the form). */
public final class OpenIdTokens {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenIdTokens() {
    }

    /** A client's own token (client credentials grant). */
    public static String clientCredentials(URI tokenEndpoint, String clientId, String secret, String scope) {
        return accessToken(tokenEndpoint, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret, "scope", scope));
    }

    /** The access token of a successful token response; fails with the provider's error otherwise. */
    public static String accessToken(URI tokenEndpoint, Map<String, String> form) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
                // the error, never the form: it holds a secret
                throw new IllegalStateException("No token from " + tokenEndpoint + " for " + form.get("client_id")
                        + ": " + response.statusCode() + " " + body.path("error").asString(""));
            }
            return body.get("access_token").asString();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
