package com.clinicnet.benchmarks.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.clinicnet.benchmarks.report.Latencies;
import com.clinicnet.launcher.KeycloakAdmin;
import com.clinicnet.launcher.OpenIdTokens;

/**
 * People with a booking profile, each signed in to the web the way a browser does it: created in Keycloak through its
 * admin API (role CLIENT, email verified, a password), then the authorization code flow over HTTP — the web's
 * authorization request, Keycloak's login form, the credentials posted, the code back to the web — and a first page,
 * which creates their booking profile. What each keeps is the web's session cookie.
 */
final class SignedInClients {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static final int MOST_REDIRECTS = 10;
    static final String SESSION_COOKIE = "JSESSIONID";
    private static final String FIRST_PAGE = "/search";

    private SignedInClients() {
    }

    /** One signed-in person and the web session cookie's value. */
    record Client(String username, String webSession) {
    }

    record SignedIn(List<Client> clients, Latencies signInTimes) {
    }

    /** Creates that many people in Keycloak and signs each in to the web, one after the other. */
    static SignedIn signIn(KeycloakAdmin keycloak, String webBaseUrl, int count) {
        String password = UUID.randomUUID().toString();
        List<Map<String, Object>> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(Map.of("username", username(i), "email", username(i), "emailVerified", true, "enabled", true,
                    "firstName", "Web", "lastName", "Client " + i, "realmRoles", List.of("CLIENT"),
                    "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
        }
        keycloak.importUsers(users);
        List<Client> clients = new ArrayList<>();
        Latencies took = new Latencies();
        for (int i = 0; i < count; i++) {
            long began = System.nanoTime();
            clients.add(new Client(username(i), new Browser().signIn(webBaseUrl, username(i), password)));
            took.add(Duration.ofNanos(System.nanoTime() - began));
        }
        return new SignedIn(clients, took);
    }

    private static String username(int i) {
        return "web-client-" + i + "@clients.example";
    }

    /**
     * Follows redirects itself and keeps the cookies itself: Keycloak's are Secure, which a browser sends to
     * http://localhost and java.net.CookieManager does not. Web and Keycloak both live on localhost, so one jar.
     */
    private static final class Browser {

        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT).build();

        String signIn(String webBaseUrl, String username, String password) {
            HttpResponse<String> loginForm = follow(get(URI.create(webBaseUrl + "/oauth2/authorization/keycloak")));
            Matcher action = LOGIN_FORM_ACTION.matcher(loginForm.body());
            if (loginForm.statusCode() != 200 || !action.find()) {
                throw new IllegalStateException("No Keycloak login form for " + username + ": " + loginForm.statusCode()
                        + " at " + loginForm.uri());
            }
            URI post = loginForm.uri().resolve(action.group(1).replace("&amp;", "&"));
            HttpResponse<String> firstPage = follow(send(HttpRequest.newBuilder(post)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(OpenIdTokens.formEncoded(
                            Map.of("username", username, "password", password, "credentialId", ""))))));
            String session = cookies.get(SESSION_COOKIE);
            // the web sends a signed-in person on to the search form, one whose sign-in failed home
            if (firstPage.statusCode() != 200 || !firstPage.uri().toString().equals(webBaseUrl + FIRST_PAGE)
                    || session == null) {
                throw new IllegalStateException("Sign-in of " + username + " ended with " + firstPage.statusCode()
                        + " at " + firstPage.uri());
            }
            return session;
        }

        private HttpResponse<String> follow(HttpResponse<String> response) {
            HttpResponse<String> current = response;
            for (int i = 0; i < MOST_REDIRECTS && current.statusCode() / 100 == 3; i++) {
                URI next = current.uri().resolve(current.headers().firstValue("Location")
                        .orElseThrow(() -> new IllegalStateException("A redirect without Location")));
                current = get(next);
            }
            return current;
        }

        private HttpResponse<String> get(URI uri) {
            return send(HttpRequest.newBuilder(uri).GET());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
            }
            try {
                HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString());
                response.headers().allValues("Set-Cookie").forEach(this::keep);
                return response;
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void keep(String setCookie) {
            String[] nameAndValue = setCookie.split(";", 2)[0].split("=", 2);
            String name = nameAndValue[0].strip();
            if (nameAndValue.length < 2 || nameAndValue[1].isEmpty() || setCookie.contains("Max-Age=0")) {
                cookies.remove(name);
            }
            else {
                cookies.put(name, nameAndValue[1]);
            }
        }
    }
}
