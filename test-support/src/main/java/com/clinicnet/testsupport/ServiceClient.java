package com.clinicnet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** Talks JSON over real HTTP to a running service, as a client of the clinic would. */
public final class ServiceClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public ServiceClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** A caller without a token. */
    public static ServiceClient onPort(int port) {
        return new ServiceClient("http://localhost:" + port, null);
    }

    /** The same service, called with this bearer token. */
    public ServiceClient as(String bearerToken) {
        return new ServiceClient(baseUrl, bearerToken);
    }

    public HttpResponseBody delete(String path) {
        return send(request(path).DELETE());
    }


    public HttpResponseBody get(String path) {
        return send(request(path).GET());
    }

    /** The body as text, for non-JSON answers such as Prometheus metrics. */
    public String getText(String path) {
        try {
            return http.send(request(path).setHeader("Accept", "text/plain, */*").GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The raw answer to a GET sent from a browser page of the given origin, to check headers. */
    public HttpResponse<String> raw(String path, String origin) {
        try {
            return http.send(request(path).header("Origin", origin).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts with a fresh Idempotency-Key, as a careful client does for each new request. */
    public HttpResponseBody post(String path, Object body) {
        return postWithKey(path, body, java.util.UUID.randomUUID().toString());
    }

    public HttpResponseBody postWithKey(String path, Object body, String idempotencyKey) {
        HttpRequest.Builder request = request(path).POST(json(body));
        return send(idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey));
    }

    public HttpResponseBody put(String path, Object body) {
        return send(request(path).PUT(json(body)));
    }

    public HttpResponseBody postRaw(String path, String rawJson) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(rawJson)));
    }

    /**
     * Any method, any Content-Type (none when null), any bytes (none when null): for requests a well-behaved client
     * would never send.
     */
    public HttpResponseBody send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private HttpResponseBody send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
            return new HttpResponseBody(response.statusCode(),
                    response.headers().firstValue("Location").orElse(null), body);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
