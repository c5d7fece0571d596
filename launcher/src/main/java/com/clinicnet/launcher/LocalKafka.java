package com.clinicnet.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A real single-node Kafka in KRaft mode (broker and controller in one process), from the kafka_2.13 artifact on
 * Maven Central, run as a child JVM. Its log directory lives under the project, formatted once. The reliability
 * suite stops, kills and restarts it on the same data, as an outage would.
 */
public final class LocalKafka implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private final ServiceProcess broker;
    private final int port;

    private LocalKafka(ServiceProcess broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    public static LocalKafka start(Path home, int port, int controllerPort, Path logDirectory) {
        Path properties = home.resolve("server.properties");
        Path data = home.resolve("data");
        writeProperties(properties, data, port, controllerPort);
        String classPath = System.getProperty("java.class.path");
        if (!Files.exists(data.resolve("meta.properties"))) {
            format(classPath, properties, logDirectory);
        }
        ServiceProcess broker = ServiceProcess.javaMain("kafka", classPath, "kafka.Kafka", logDirectory,
                List.of("-Xmx512m", "-XX:+UseSerialGC"), List.of(properties.toString())).start();
        LocalKafka kafka = new LocalKafka(broker, port);
        kafka.awaitListening();
        return kafka;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Shuts the broker down cleanly (SIGTERM): it flushes its log and leaves the group coordinators in order. */
    public void stop() {
        broker.stop();
    }

    /** Ends the broker at once, as a crash or a pulled plug would (SIGKILL). */
    public void kill() {
        broker.kill();
    }

    /** Starts the broker again on its port and its data, after {@link #stop()} or {@link #kill()}. */
    public void restart() {
        broker.start();
        awaitListening();
    }

    private static void format(String classPath, Path properties, Path logDirectory) {
        ServiceProcess format = ServiceProcess.javaMain("kafka-format", classPath, "kafka.tools.StorageTool",
                logDirectory, List.of(), List.of("format", "-t", clusterId(), "-c", properties.toString())).start();
        if (format.awaitExit(READY_WITHIN) != 0) {
            throw new IllegalStateException("Formatting Kafka's storage failed; see " + format.log());
        }
    }

    /**
     * A Kafka cluster id: 16 random bytes in URL-safe base64 without padding. One that starts with a dash would be
     * read by the storage tool as an option (one in 32), so such ids are drawn again, as Kafka's own Uuid does.
     */
    static String clusterId() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        }
        while (id.startsWith("-"));
        return id;
    }

    private static void writeProperties(Path file, Path data, int port, int controllerPort) {
        String text = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, data.toAbsolutePath());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!broker.isAlive()) {
                throw new IllegalStateException("Kafka stopped during start; see " + broker.log());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            }
            catch (IOException notYet) {
                sleepBriefly();
            }
        }
        throw new IllegalStateException("Kafka did not listen on " + port + " within " + READY_WITHIN);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(200);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        broker.stop();
    }
}
