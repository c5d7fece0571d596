package com.clinicnet.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;

/**
 * One ClinicNet service (or the broker) running as a separate JVM, its output in a log file. Used by the local
 * launcher and by the system tests, so both start the services the same way.
 */
public final class ServiceProcess {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration GRACE = Duration.ofSeconds(20);

    private final String name;
    private final List<String> command;
    private final Path log;
    private final Integer httpPort;
    private final URI readiness;
    private final Map<String, String> environment;
    private Process process;
    private Instant startedAt;

    private ServiceProcess(String name, List<String> command, Path log, Integer httpPort, URI readiness,
            Map<String, String> environment) {
        this.name = name;
        this.command = List.copyOf(command);
        this.log = log;
        this.httpPort = httpPort;
        this.readiness = readiness;
        this.environment = Map.copyOf(environment);
    }

    /** A Spring Boot service started from its executable jar on the given port. */
    public static ServiceProcess springBootJar(String name, Path jar, int port, Path logDirectory,
            List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        return new ServiceProcess(name, command, logDirectory.resolve(name + ".log"), port,
                URI.create("http://localhost:" + port + "/actuator/health/readiness"), Map.of());
    }

    /** Any Java main class on the given class path, e.g. the Kafka broker. */
    public static ServiceProcess javaMain(String name, String classPath, String mainClass, Path logDirectory,
            List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(arguments);
        return new ServiceProcess(name, command, logDirectory.resolve(name + ".log"), null, null, Map.of());
    }

    /**
     * Any program (such as Keycloak's start script) with environment variables of its own, ready once the given
     * address answers 200.
     */
    public static ServiceProcess program(String name, List<String> command, Map<String, String> environment,
            int port, URI readiness, Path logDirectory) {
        return new ServiceProcess(name, command, logDirectory.resolve(name + ".log"), port, readiness, environment);
    }

    public static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public ServiceProcess start() {
        try {
            Files.createDirectories(log.getParent());
            startedAt = Instant.now();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            return this;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until the service reports itself ready; returns how long that took since start. */
    public Duration awaitReady(Duration atMost) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start; see " + log);
            }
            if (answersUp(http, readiness)) {
                return Duration.between(startedAt, Instant.now());
            }
            pause();
        }
        throw new IllegalStateException(name + " was not ready within " + atMost + "; see " + log);
    }

    /**
     * Stops gracefully (SIGTERM), then forcibly if it does not go within the grace period. A start script's children
     * are stopped first: a shell that is sent SIGTERM ends without passing it on, which would orphan the server.
     */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            for (ProcessHandle child : children) {
                child.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
            }
            if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        catch (InterruptedException e) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the process at once, as a crash would (SIGKILL). */
    public void kill() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for a short-lived process (such as a tool) to finish; returns its exit code. */
    public int awaitExit(Duration atMost) {
        try {
            if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not finish within " + atMost + "; see " + log);
            }
            return process.exitValue();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Resident memory of the process and its children (a start script's server) in MiB, from /proc (Linux only). */
    public Optional<Long> residentMemoryMib() {
        try {
            long kib = 0;
            for (long pid : Stream.concat(Stream.of(process.toHandle()), process.descendants())
                    .mapToLong(ProcessHandle::pid).toArray()) {
                kib += Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                        .filter(line -> line.startsWith("VmRSS:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                        .findFirst().orElse(0);
            }
            return Optional.of(kib / 1024);
        }
        catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public String name() {
        return name;
    }

    public Integer httpPort() {
        return httpPort;
    }

    public Path log() {
        return log;
    }

    private static boolean answersUp(HttpClient http, URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
