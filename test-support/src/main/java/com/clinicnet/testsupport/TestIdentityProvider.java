package com.clinicnet.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.clinicnet.platform.security.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A real token issuer for tests: an RSA key made at start-up (nothing committed), its public half served as a JWK
 * set over HTTP, and tokens signed with it. Services under test validate these tokens exactly as in production,
 * through {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}, issuer and audience.
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "https://identity.test.clinicnet.example";
    public static final String AUDIENCE = "clinicnet";
    private static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final String KEY_ID = "test-key";

    private static TestIdentityProvider shared;

    private final RSAKey key;
    private final RSAKey strangerKey;
    private final HttpServer jwks;

    private TestIdentityProvider(RSAKey key, RSAKey strangerKey, HttpServer jwks) {
        this.key = key;
        this.strangerKey = strangerKey;
        this.jwks = jwks;
    }

    public static synchronized TestIdentityProvider shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks";
    }

    public String client(UUID clientId) {
        return token(clientId.toString(), List.of(Role.CLIENT), List.of());
    }

    public String therapist(UUID therapistId) {
        return token(therapistId.toString(), List.of(Role.THERAPIST), List.of());
    }

    public String frontDesk(UUID... clinicIds) {
        return token("front-desk-" + UUID.randomUUID(), List.of(Role.FRONT_DESK), Arrays.asList(clinicIds));
    }

    public String ops() {
        return token("ops-" + UUID.randomUUID(), List.of(Role.OPS), List.of());
    }

    public String admin() {
        return token("admin-" + UUID.randomUUID(), List.of(Role.ADMIN), List.of());
    }

    public String token(String subject, List<Role> roles, List<UUID> clinicIds) {
        return sign(claims(subject, roles, clinicIds, ISSUER, AUDIENCE, Instant.now().plus(LIFETIME)), key);
    }

    /** Tokens that must all be refused with 401. */
    public String expired() {
        return sign(claims("ops", List.of(Role.OPS), List.of(), ISSUER, AUDIENCE,
                Instant.now().minus(Duration.ofMinutes(10))), key);
    }

    public String fromAnotherIssuer() {
        return sign(claims("ops", List.of(Role.OPS), List.of(), "https://evil.example", AUDIENCE,
                Instant.now().plus(LIFETIME)), key);
    }

    public String forAnotherAudience() {
        return sign(claims("ops", List.of(Role.OPS), List.of(), ISSUER, "another-api", Instant.now().plus(LIFETIME)),
                key);
    }

    public String unsigned() {
        return new PlainJWT(claims("ops", List.of(Role.OPS), List.of(), ISSUER, AUDIENCE,
                Instant.now().plus(LIFETIME))).serialize();
    }

    public String signedByAStranger() {
        return sign(claims("ops", List.of(Role.OPS), List.of(), ISSUER, AUDIENCE, Instant.now().plus(LIFETIME)),
                strangerKey);
    }

    /** A genuine token whose payload was edited afterwards (its role raised to ADMIN). */
    public String tampered() {
        String[] parts = ops().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8).replace("\"OPS\"", "\"ADMIN\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(UTF_8)) + "."
                + parts[2];
    }

    private static JWTClaimsSet claims(String subject, List<Role> roles, List<UUID> clinicIds, String issuer,
            String audience, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(expiresAt.minus(LIFETIME)))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles.stream().map(Role::name).toList())
                .claim("clinic_ids", clinicIds.stream().map(UUID::toString).toList())
                .build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID)
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestIdentityProvider start() {
        RSAKey key = newKey();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(null);
            server.start();
            return new TestIdentityProvider(key, newKey(), server);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the test JWK set", e);
        }
    }

    private static RSAKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(KEY_ID).build();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
