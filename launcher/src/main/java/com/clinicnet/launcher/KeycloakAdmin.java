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
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The few calls of Keycloak's admin REST API the local run needs, as its bootstrap admin. A token is fetched per
 * call: the calls are few, and the master realm's admin tokens live only a minute.
 */
public final class KeycloakAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String baseUrl;
    private final String realm;
    private final String username;
    private final String password;

    KeycloakAdmin(String baseUrl, String realm, String username, String password) {
        this.baseUrl = baseUrl;
        this.realm = realm;
        this.username = username;
        this.password = password;
    }

    /** The realm's settings as the admin API reports them. */
    public JsonNode realm() {
        return JSON.readTree(send("GET", "", null));
    }

    public Optional<JsonNode> user(String name) {
        JsonNode found = JSON.readTree(send("GET", "/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), null));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The realm roles mapped to a user directly (not through composites). */
    public List<String> realmRoles(String userId) {
        return JSON.readTree(send("GET", "/users/" + userId + "/role-mappings/realm", null)).valueStream()
                .map(role -> role.get("name").asString()).toList();
    }

    /**
     * Creates users as given, ids included: the admin API's "create user" picks its own id, a partial import keeps
     * the one in the representation. Users that already exist are skipped.
     */
    public void importUsers(List<Map<String, Object>> users) {
        send("POST", "/partialImport", JSON.writeValueAsString(Map.of("ifResourceExists", "SKIP", "users", users)));
    }

    /** Mails a user a link to carry out the given required actions (e.g. UPDATE_PASSWORD), through the realm's SMTP. */
    public void sendRequiredActionsMail(String userId, List<String> actions) {
        send("PUT", "/users/" + userId + "/execute-actions-email", JSON.writeValueAsString(actions));
    }

    public void deleteUser(String userId) {
        send("DELETE", "/users/" + userId, null);
    }

    /** Sets one attribute of a user, keeping the rest of the user as it is. */
    public void setAttribute(String name, String attribute, List<String> values) {
        JsonNode user = user(name).orElseThrow(() -> new IllegalStateException("No user " + name + " in " + realm));
        ObjectNode updated = ((ObjectNode) user).deepCopy();
        updated.remove("userProfileMetadata");
        ObjectNode attributes = updated.has("attributes") ? (ObjectNode) updated.get("attributes")
                : updated.putObject("attributes");
        attributes.set(attribute, JSON.valueToTree(values));
        send("PUT", "/users/" + user.get("id").asString(), JSON.writeValueAsString(updated));
    }

    private String token() {
        return OpenIdTokens.accessToken(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"),
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", username,
                        "password", password));
    }

    private String send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + realm + path))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + token())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
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
