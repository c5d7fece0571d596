package com.clinicnet.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signing in to the web app the way a browser does, without a browser: the authorization code flow with
 * PKCE (S256) against Keycloak's real login form, cookies kept between the steps, and the code exchanged for tokens as
 * the web app's back end would, with the code verifier and the client secret.
 */
final class WebSignIn {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static final Pattern REGISTRATION_LINK = Pattern.compile("href=\"([^\"]*login-actions/registration[^\"]*)\"");
    private static final Pattern REGISTRATION_FORM_ACTION = Pattern.compile("action=\"([^\"]*login-actions/registration[^\"]*)\"");

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;
    /**
     * Keycloak's session cookies are Secure. A browser sends those to http://localhost (a secure context to it);
     * java.net.CookieManager does not, so the cookies are kept here, as a browser on localhost keeps them.
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final HttpClient browser = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();

    WebSignIn(String issuer, String clientId, String clientSecret, String redirectUri) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
    }

    /** Signs in through the login form; returns the access token the web app would get. */
    String accessToken(String username, String password) {
        String verifier = randomUrlSafe();
        String state = randomUrlSafe();
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(authorizationUrl(state, Map.of(
                "code_challenge", challengeOf(verifier), "code_challenge_method", "S256"))).GET());
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        if (loginPage.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("No login form: " + loginPage.statusCode());
        }
        HttpResponse<String> afterLogin = send(HttpRequest.newBuilder(linkIn(loginPage, action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(OpenIdTokens.formEncoded(
                        Map.of("username", username, "password", password, "credentialId", "")))));
        String location = afterLogin.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Sign-in of " + username + " was refused: "
                        + afterLogin.statusCode()));
        Map<String, String> callback = queryOf(URI.create(location));
        if (!location.startsWith(redirectUri) || !state.equals(callback.get("state")) || !callback.containsKey("code")) {
            throw new IllegalStateException("Unexpected redirect after sign-in: " + location);
        }
        return OpenIdTokens.accessToken(URI.create(issuer + "/protocol/openid-connect/token"), Map.of(
                "grant_type", "authorization_code", "code", callback.get("code"), "redirect_uri", redirectUri,
                "code_verifier", verifier, "client_id", clientId, "client_secret", clientSecret));
    }

    /**
     * Registers through the login page's "Register" link and form, as a new person would; Keycloak then asks for the
     * email to be verified before the sign-in may go on.
     */
    void register(String username, String email, String password) {
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(authorizationUrl(randomUrlSafe(), pkce(randomUrlSafe()))).GET());
        Matcher link = REGISTRATION_LINK.matcher(loginPage.body());
        if (!link.find()) {
            throw new IllegalStateException("The login page offers no registration");
        }
        HttpResponse<String> form = send(HttpRequest.newBuilder(linkIn(loginPage, link.group(1))).GET());
        Matcher action = REGISTRATION_FORM_ACTION.matcher(form.body());
        if (!action.find()) {
            throw new IllegalStateException("No registration form: " + form.statusCode());
        }
        HttpResponse<String> registered = send(HttpRequest.newBuilder(linkIn(form, action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(OpenIdTokens.formEncoded(Map.of("username", username,
                        "email", email, "firstName", "New", "lastName", "Client", "password", password,
                        "password-confirm", password)))));
        if (registered.statusCode() >= 400 || registered.body().contains("kc-register-form")) {
            // the form again: Keycloak's reasons are in its error spans
            Matcher reasons = Pattern.compile("id=\"input-error[^\"]*\"[^>]*>\\s*([^<]+)").matcher(registered.body());
            StringBuilder why = new StringBuilder();
            while (reasons.find()) {
                why.append(reasons.group(1).strip()).append("; ");
            }
            throw new IllegalStateException("Registration refused (" + registered.statusCode() + "): " + why);
        }
        // on to the "verify your email" page, whose first showing sends the mail
        registered.headers().firstValue("Location").ifPresent(next -> open(linkIn(registered, next)));
    }

    /** Opens a link from a mail in this browser; returns the status and where it leads, if anywhere. */
    HttpResponse<String> open(URI link) {
        return send(HttpRequest.newBuilder(link).GET());
    }

    /** A link or form action of a page, as the browser reads it: HTML-escaped, and relative to the page. */
    private static URI linkIn(HttpResponse<String> page, String href) {
        return page.uri().resolve(href.replace("&amp;", "&"));
    }

    private static Map<String, String> pkce(String verifier) {
        return Map.of("code_challenge", challengeOf(verifier), "code_challenge_method", "S256");
    }

    /** Where Keycloak sends the browser for an authorization request with the given extra parameters. */
    URI redirectFor(Map<String, String> extraParameters) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(authorizationUrl(randomUrlSafe(), extraParameters)).GET());
        return URI.create(response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No redirect: " + response.statusCode())));
    }

    static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }

    private URI authorizationUrl(String state, Map<String, String> extra) {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", redirectUri, "scope", "openid", "state", state));
        parameters.putAll(extra);
        return URI.create(issuer + "/protocol/openid-connect/auth?" + OpenIdTokens.formEncoded(parameters));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = browser.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String[] nameAndValue = setCookie.split(";", 2)[0].split("=", 2);
                if (setCookie.contains("Max-Age=0") || nameAndValue[1].isEmpty()) {
                    cookies.remove(nameAndValue[0].strip());
                }
                else {
                    cookies.put(nameAndValue[0].strip(), nameAndValue[1]);
                }
            }
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

    private static String randomUrlSafe() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challengeOf(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
