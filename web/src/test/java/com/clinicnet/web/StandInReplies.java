package com.clinicnet.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import tools.jackson.databind.json.JsonMapper;

/**
 * booking-service's public reply-link endpoints (GET and POST /replies/{token}), stood in with their state in
 * memory: sessions with Ana at the Lisbon clinic, the links a test stages for them (tokens shaped as the signed JWS
 * notification-service makes), and what using a link did. As booking: a link works once and until its session
 * starts, only while the session is booked at the time the reminder named; a GET changes nothing. It also notes
 * every request's Authorization header, which the web must not send.
 */
public final class StandInReplies implements ResponseDefinitionTransformerV2 {

    static final String NAME = "stand-in-replies";
    private static final String LISBON = "Europe/Lisbon";
    private static final Pattern REPLY = Pattern.compile("/replies/([^/]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SESSION_MINUTES = 60;

    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final Map<UUID, Booked> sessions = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    StandInReplies() {
    }

    /** Forgets every session, link and request, and stubs the reply paths again (after a reset). */
    void openOn(WireMockServer server) {
        links.clear();
        sessions.clear();
        received.clear();
        ResponseDefinitionBuilder here = aResponse().withTransformers(NAME);
        server.stubFor(WireMock.get(urlPathMatching(REPLY.pattern())).willReturn(here));
        server.stubFor(WireMock.post(urlPathMatching(REPLY.pattern())).willReturn(here));
    }

    /** A session booked with Ana at the Lisbon clinic, an hour from {@code starts}. */
    public UUID aSessionAt(OffsetDateTime starts) {
        UUID id = UUID.randomUUID();
        sessions.put(id, new Booked(starts.atZoneSameInstant(ZoneId.of(LISBON)).toOffsetDateTime()));
        return id;
    }

    /** The token of the reminder's "I will come" link. */
    public String confirmLink(UUID sessionId) {
        return link("CONFIRM", sessionId);
    }

    /** The token of the reminder's "cancel it" link. */
    public String cancelLink(UUID sessionId) {
        return link("CANCEL", sessionId);
    }

    /** The session's time has come: its links no longer work. */
    public void started(UUID sessionId) {
        sessions.get(sessionId).started = true;
    }

    /** Cancelled or moved since the reminder: no longer booked at the time the reminder named. */
    public void noLongerBookedAsReminded(UUID sessionId) {
        sessions.get(sessionId).bookedAsReminded = false;
    }

    /** The client confirmed already (another link, a text reply). */
    public void confirmedBefore(UUID sessionId) {
        sessions.get(sessionId).confirmed = true;
    }

    public boolean isConfirmed(UUID sessionId) {
        return sessions.get(sessionId).confirmed;
    }

    public boolean isCancelled(UUID sessionId) {
        return sessions.get(sessionId).cancelled;
    }

    /** Every request the stand-in answered, in order, with the Authorization header it came with (null: none). */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The POSTs (uses of a link) received. */
    public List<Received> uses() {
        return received.stream().filter(request -> "POST".equals(request.method())).toList();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = URI.create(request.getUrl()).getPath();
        String method = request.getMethod().getName();
        Matcher reply = REPLY.matcher(path);
        if (!reply.matches()) {
            return new ResponseDefinitionBuilder().withStatus(404).build();
        }
        String token = reply.group(1);
        received.add(new Received(method, token,
                request.containsHeader("Authorization") ? request.getHeader("Authorization") : null));
        Link link = links.get(token);
        if (link == null) {
            return problem(404, "Not Found", "Reply link not found in the message");
        }
        Booked session = sessions.get(link.sessionId);
        return "POST".equals(method) ? use(link, session) : json(200, described(link, session));
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    private String link(String action, UUID sessionId) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String token = base64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString((action + ":" + sessionId).getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        links.put(token, new Link(action, sessionId));
        return token;
    }

    private static Map<String, Object> described(Link link, Booked session) {
        boolean booked = session.bookedAsLinked();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", link.action);
        json.put("sessionId", link.sessionId);
        json.put("starts", booked ? session.starts.toString() : null);
        json.put("ends", booked ? session.starts.plusMinutes(SESSION_MINUTES).toString() : null);
        json.put("timeZone", booked ? LISBON : null);
        json.put("clinicId", booked ? StandInServices.LISBON_CLINIC : null);
        json.put("therapistId", booked ? StandInServices.ANA : null);
        json.put("usable", booked && !link.used && !session.started);
        json.put("used", link.used);
        json.put("confirmed", session.confirmed);
        return json;
    }

    /** As booking's SessionReplies.reply: started first, then used before, then booked as the reminder said. */
    private static ResponseDefinition use(Link link, Booked session) {
        if (session.started) {
            return problem(409, "Conflict", "The session has started, so this link no longer works");
        }
        if (link.used) {
            return outcome(link, "CONFIRM".equals(link.action) ? "ALREADY_CONFIRMED" : "ALREADY_CANCELLED");
        }
        if (!session.bookedAsLinked()) {
            return problem(409, "Conflict",
                    "This session is no longer booked at the time the reminder named (cancelled or moved)");
        }
        link.used = true;
        if ("CANCEL".equals(link.action)) {
            session.cancelled = true;
            return outcome(link, "CANCELLED");
        }
        boolean before = session.confirmed;
        session.confirmed = true;
        return outcome(link, before ? "ALREADY_CONFIRMED" : "CONFIRMED");
    }

    private static ResponseDefinition outcome(Link link, String outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", link.action);
        json.put("sessionId", link.sessionId);
        json.put("outcome", outcome);
        return json(200, json);
    }

    private static ResponseDefinition problem(int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody(JSON.writeValueAsString(problem))
                .build();
    }

    private static ResponseDefinition json(int status, Object body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(JSON.writeValueAsString(body)).build();
    }

    /** A request as it arrived: GET or POST, for which token, and its Authorization header (null: none). */
    public record Received(String method, String token, String authorization) {
    }

    private static final class Link {

        final String action;
        final UUID sessionId;
        volatile boolean used;

        Link(String action, UUID sessionId) {
            this.action = action;
            this.sessionId = sessionId;
        }
    }

    private static final class Booked {

        final OffsetDateTime starts;
        volatile boolean bookedAsReminded = true;
        volatile boolean cancelled;
        volatile boolean started;
        volatile boolean confirmed;

        Booked(OffsetDateTime starts) {
            this.starts = starts;
        }

        boolean bookedAsLinked() {
            return bookedAsReminded && !cancelled;
        }
    }
}
