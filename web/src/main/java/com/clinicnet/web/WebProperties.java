package com.clinicnet.web;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the web reads from its configuration: where the services and the identity provider are, how long a call may
 * take, and the defaults a new client's profile starts with.
 */
@ConfigurationProperties("clinicnet.web")
public record WebProperties(Services services, Oidc oidc, Calls calls, Booking booking, List<String> languages,
        ZoneId defaultTimeZone) {

    /** The language pages fall back to when neither the profile nor the browser names a supported one. */
    public String defaultLanguage() {
        return languages.getFirst();
    }

    public record Services(URI booking, URI therapist, URI notification) {
    }

    /**
     * The identity provider (Keycloak): its endpoints are derived from the issuer, so none is fetched at start. The
     * browser is sent to the issuer's address; the web's own calls (token, keys, user info) go to the back channel,
     * which inside a container network is another address of the same realm.
     */
    public record Oidc(String registrationId, URI issuer, URI backchannel, String clientId, String clientSecret,
            List<String> scopes) {

        private static final String OPENID_CONNECT = "/protocol/openid-connect/";

        /** An endpoint the browser is sent to. */
        public String browserEndpoint(String path) {
            return issuer + OPENID_CONNECT + path;
        }

        /** An endpoint the web calls itself. */
        public String backchannelEndpoint(String path) {
            return backchannel + OPENID_CONNECT + path;
        }
    }

    /**
     * One call to a service: the time limit a person waits at most, and when the circuit opens so that a service
     * that is down is not waited for on every page.
     */
    public record Calls(Duration timeLimit, Duration connectTimeout, float failureRateThreshold,
            int minimumNumberOfCalls, int slidingWindowSize, Duration waitInOpenState) {
    }

    /** The booking offer: how far ahead a search looks, the session length offered, how many slots are shown. */
    public record Booking(int searchDays, int durationMinutes, int slotLimit) {
    }
}
