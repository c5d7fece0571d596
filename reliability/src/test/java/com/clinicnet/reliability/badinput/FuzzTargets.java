package com.clinicnet.reliability.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.clinicnet.reliability.Clients;
import com.clinicnet.reliability.ClinicNetUnderFire;
import com.clinicnet.reliability.OpenClinic;
import com.clinicnet.platform.security.Role;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.TestIdentityProvider;

/**
 * What the fuzzer aims at: a clinic with a therapist, a registered client, and a session of that client that was
 * booked and cancelled (so no change to it can succeed); and the tokens of their callers. Tokens are made once and
 * renewed before they expire, so a long run at full scale keeps reaching validation rather than 401.
 */
final class FuzzTargets {

    private static final Duration RENEW_TOKENS_AFTER = Duration.ofMinutes(20);

    final UUID clinic;
    final UUID therapist;
    final UUID client;
    final UUID cancelledSession;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private FuzzTargets(UUID clinic, UUID therapist, UUID client, UUID cancelledSession) {
        this.clinic = clinic;
        this.therapist = therapist;
        this.client = client;
        this.cancelledSession = cancelledSession;
    }

    static FuzzTargets prepare(ClinicNetUnderFire system, String scenario) {
        OpenClinic clinic = OpenClinic.open(system, "Fuzz clinic " + UUID.randomUUID(), 1);
        UUID client = Clients.register(system, scenario, 1).getFirst();
        HttpResponseBody booked = system.booking(client).post("/sessions", clinic.booking(client, clinic.slot(0)));
        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        String session = booked.text("id");
        HttpResponseBody cancelled = system.booking(client).post("/sessions/" + session + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.json().toString()).isEqualTo(200);
        // the session's notifications are sent (or cancelled with it) before the fuzzing starts, not during it
        UUID sessionId = UUID.fromString(session);
        await().atMost(Duration.ofMinutes(1)).until(() -> system.count(system.notificationService,
                "SELECT count(*) FROM notification WHERE session_id = ? AND kind = 'CANCELLATION_NOTICE' "
                        + "AND state IN ('SENT', 'FAILED')", sessionId) == 1
                && system.count(system.notificationService, "SELECT count(*) FROM notification WHERE session_id = ? "
                        + "AND state IN ('PENDING', 'SENDING')", sessionId) == 0);
        return new FuzzTargets(clinic.id(), clinic.therapists().getFirst(), client, sessionId);
    }

    String admin() {
        return token("admin", () -> identity().admin());
    }

    String ops() {
        return token("ops", () -> identity().ops());
    }

    /** The registered client. */
    String client() {
        return token("client", () -> identity().client(client));
    }

    /** The clinic's therapist. */
    String therapist() {
        return token("therapist", () -> identity().therapist(therapist));
    }

    String frontDesk() {
        return token("front-desk", () -> identity().frontDesk(clinic));
    }

    /** A caller of the role who is nobody the fuzzer aims at: a stranger client, another clinic's desk. */
    String stranger(Role role) {
        return token("stranger-" + role, () -> identity().token(
                role == Role.CLIENT || role == Role.THERAPIST ? UUID.randomUUID().toString() : "stranger-" + role,
                List.of(role), role == Role.FRONT_DESK ? List.of(UUID.randomUUID()) : List.of()));
    }

    /** Any signed-in caller, of one of the five roles. */
    String anyone(int pick) {
        return switch (Math.floorMod(pick, 5)) {
            case 0 -> admin();
            case 1 -> ops();
            case 2 -> client();
            case 3 -> therapist();
            default -> frontDesk();
        };
    }

    private String token(String name, Supplier<String> issue) {
        return tokens.compute(name, (key, token) -> token == null
                || token.issuedAt().plus(RENEW_TOKENS_AFTER).isBefore(Instant.now())
                ? new Token(issue.get(), Instant.now()) : token).value();
    }

    private static TestIdentityProvider identity() {
        return TestIdentityProvider.shared();
    }

    private record Token(String value, Instant issuedAt) {
    }
}
