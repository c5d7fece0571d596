package com.clinicnet.reliability.badinput;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Sends generated requests as they are, a few at once, and keeps every answer (or why there was none). */
final class FuzzSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final int concurrency;

    FuzzSender(int concurrency) {
        this.concurrency = concurrency;
    }

    /** What a service answered to one request; {@code failure} says why there was no answer. */
    record Answer(FuzzRequest request, int status, String contentType, String body, String failure) {

        boolean answered() {
            return failure == null;
        }
    }

    List<Answer> sendAll(List<FuzzRequest> requests) throws InterruptedException {
        try (ExecutorService callers = Executors.newFixedThreadPool(concurrency)) {
            List<Future<Answer>> answers = new ArrayList<>();
            for (FuzzRequest request : requests) {
                answers.add(callers.submit(() -> send(request)));
            }
            List<Answer> all = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                try {
                    all.add(answer.get());
                }
                catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return all;
        }
    }

    Answer send(FuzzRequest request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + request.port()
                    + request.target())).timeout(TIMEOUT)
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            builder.header("Accept", "application/json, application/problem+json");
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(request, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), null);
        }
        catch (IOException | IllegalArgumentException e) {
            return new Answer(request, 0, "", "", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(request, 0, "", "", "interrupted");
        }
    }
}
