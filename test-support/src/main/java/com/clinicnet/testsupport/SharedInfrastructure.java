package com.clinicnet.testsupport;

import java.util.Locale;
import java.util.function.Supplier;

import org.testcontainers.DockerClientFactory;

/** Starts the servers once per JVM, on first use, the way the switch says. */
enum SharedInfrastructure implements Supplier<RealInfrastructure> {

    INSTANCE;

    private static final String SWITCH = "clinicnet.infrastructure";

    private RealInfrastructure started;

    @Override
    public synchronized RealInfrastructure get() {
        if (started == null) {
            started = start(choice());
        }
        return started;
    }

    private static RealInfrastructure start(String choice) {
        return switch (choice) {
            case "embedded" -> EmbeddedInfrastructure.start();
            case "containers" -> ContainerInfrastructure.start();
            case "auto" -> dockerAnswers() ? ContainerInfrastructure.start() : EmbeddedInfrastructure.start();
            default -> throw new IllegalArgumentException(SWITCH + " must be embedded, containers or auto: " + choice);
        };
    }

    private static String choice() {
        String fromProperty = System.getProperty(SWITCH);
        String fromEnvironment = System.getenv("CLINICNET_INFRASTRUCTURE");
        String choice = fromProperty != null ? fromProperty : fromEnvironment != null ? fromEnvironment : "auto";
        return choice.toLowerCase(Locale.ROOT);
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
