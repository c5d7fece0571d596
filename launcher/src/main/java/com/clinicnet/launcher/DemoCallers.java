package com.clinicnet.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine callers of the local run, one Keycloak client per role (client credentials), with secrets generated on
 * first start and kept in {@code .clinicnet/demo-callers.properties}; Keycloak gets them as the realm placeholders
 * CLINICNET_DEMO_*_SECRET. {@code scripts/token <role>} reads the file.
 */
public final class DemoCallers {

    public static final String CLIENT = "demo-client";
    public static final String THERAPIST = "demo-therapist";
    public static final String FRONT_DESK = "demo-front-desk";
    public static final String OPS = "demo-ops";
    public static final String ADMIN = "demo-admin";
    /** The web app's confidential client: not a machine caller, but its secret is kept with theirs. */
    public static final String WEB_CLIENT = "clinicnet-web";
    private static final List<String> ALL = List.of(CLIENT, THERAPIST, FRONT_DESK, OPS, ADMIN);
    /** The scope whose mappers put the audience, roles and clinic_ids into the token. */
    public static final String SCOPE = "clinicnet";

    private final GeneratedSecrets secrets;

    public DemoCallers(Path file) {
        this.secrets = new GeneratedSecrets(file, "Demo callers of the local Keycloak: client secrets");
    }

    public Path path() {
        return secrets.path();
    }

    /** CLINICNET_DEMO_CLIENT_SECRET and the others, as the realm file names them. */
    public Map<String, String> realmPlaceholders() {
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (String clientId : ALL) {
            placeholders.put("CLINICNET_" + clientId.replace('-', '_').toUpperCase(Locale.ROOT) + "_SECRET",
                    secret(clientId));
        }
        return placeholders;
    }

    public String secret(String clientId) {
        return secrets.secret(clientId + ".secret");
    }

    /** A fresh access token of a demo caller. */
    public String token(URI tokenEndpoint, String clientId) {
        return OpenIdTokens.clientCredentials(tokenEndpoint, clientId, secret(clientId), SCOPE);
    }

    /** The service account of a demo caller (Keycloak's user behind a client's own tokens). */
    public static String serviceAccount(String clientId) {
        return "service-account-" + clientId;
    }
}
