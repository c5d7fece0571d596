package com.clinicnet.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * booking-service's waitlist, stood in with its state in memory: places in line joined through the web (or staged
 * by a test), the times held for them, and what taking, declining or leaving did to them. Each action can be told
 * to refuse, as booking refuses a hold that ran out (409) or a wish it cannot meet (422).
 */
public final class StandInWaitlist implements ResponseDefinitionTransformerV2 {

    /** What the web can ask of the waitlist, each of which can be told to refuse. */
    public enum Action {
        JOIN, LEAVE, TAKE, DECLINE
    }

    static final String NAME = "stand-in-waitlist";
    private static final String LISBON = "Europe/Lisbon";
    private static final Pattern CLIENTS_WAITLIST = Pattern.compile("/clients/([^/]+)/waitlist");
    private static final Pattern ENTRY = Pattern.compile("/waitlist/([^/]+)");
    private static final Pattern OFFER_ACTION = Pattern.compile("/waitlist/offers/([^/]+)/(take|decline)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Newest first, as booking lists them. */
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final List<JsonNode> joins = new CopyOnWriteArrayList<>();
    private final Map<Action, Refusal> refusals = new EnumMap<>(Action.class);

    StandInWaitlist() {
    }

    /** Forgets every place, offer, request and refusal, and stubs the waitlist's paths again (after a reset). */
    void openOn(WireMockServer server) {
        entries.clear();
        joins.clear();
        synchronized (refusals) {
            refusals.clear();
        }
        ResponseDefinitionBuilder here = aResponse().withTransformers(NAME);
        server.stubFor(WireMock.post(urlPathEqualTo("/waitlist")).willReturn(here));
        server.stubFor(WireMock.get(urlPathMatching(CLIENTS_WAITLIST.pattern())).willReturn(here));
        server.stubFor(WireMock.delete(urlPathMatching(ENTRY.pattern())).willReturn(here));
        server.stubFor(WireMock.post(urlPathMatching(OFFER_ACTION.pattern())).willReturn(here));
    }

    /** A place in line the client joined earlier, for a concern (or, with {@code therapistId}, one therapist). */
    public UUID waiting(UUID clientId, String concern, UUID therapistId, UUID clinicId, String city,
            List<DayOfWeek> weekdays, String earliest, String latest, int durationMinutes, Instant joinedAt) {
        Entry entry = new Entry(UUID.randomUUID(), clientId, concern, therapistId, clinicId, city,
                weekdays.stream().map(DayOfWeek::name).toList(), LocalTime.parse(earliest), LocalTime.parse(latest),
                durationMinutes, joinedAt);
        entries.add(entry);
        entries.sort((first, second) -> second.joinedAt.compareTo(first.joinedAt));
        return entry.id;
    }

    /** A freed time held for a place in line, in the Lisbon clinic's zone, until {@code heldUntil}. */
    public UUID heldFor(UUID entryId, UUID therapistId, UUID clinicId, OffsetDateTime starts, int minutes,
            OffsetDateTime heldUntil) {
        Entry entry = entry(entryId).orElseThrow();
        ZoneId lisbon = ZoneId.of(LISBON);
        entry.offer = new Offer(UUID.randomUUID(), UUID.randomUUID(), therapistId, clinicId,
                starts.atZoneSameInstant(lisbon).toOffsetDateTime(),
                starts.plusMinutes(minutes).atZoneSameInstant(lisbon).toOffsetDateTime(),
                heldUntil.atZoneSameInstant(lisbon).toOffsetDateTime());
        return entry.offer.id;
    }

    /** From now on the action is refused with this problem, as booking words it. */
    public void refuses(Action action, int status, String field, String detail) {
        synchronized (refusals) {
            refusals.put(action, new Refusal(status, field, detail));
        }
    }

    /** The bodies of POST /waitlist, in the order received. */
    public List<JsonNode> joinsReceived() {
        return List.copyOf(joins);
    }

    public Optional<Entry> entry(UUID id) {
        return entries.stream().filter(entry -> entry.id.equals(id)).findFirst();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = URI.create(request.getUrl()).getPath();
        String method = request.getMethod().getName();
        Matcher listed = CLIENTS_WAITLIST.matcher(path);
        if ("GET".equals(method) && listed.matches()) {
            UUID clientId = UUID.fromString(listed.group(1));
            return json(200, entries.stream().filter(entry -> entry.clientId.equals(clientId)).map(Entry::asJson)
                    .toList());
        }
        if ("POST".equals(method) && "/waitlist".equals(path)) {
            return join(request.getBodyAsString());
        }
        Matcher offer = OFFER_ACTION.matcher(path);
        if ("POST".equals(method) && offer.matches()) {
            return answer(UUID.fromString(offer.group(1)), "take".equals(offer.group(2)));
        }
        Matcher left = ENTRY.matcher(path);
        if ("DELETE".equals(method) && left.matches()) {
            return leave(UUID.fromString(left.group(1)));
        }
        return new ResponseDefinitionBuilder().withStatus(404).build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    private ResponseDefinition join(String body) {
        JsonNode wish = JSON.readTree(body);
        joins.add(wish);
        Optional<ResponseDefinition> refused = refusalOf(Action.JOIN);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<String> weekdays = new ArrayList<>();
        wish.get("weekdays").forEach(day -> weekdays.add(day.asString()));
        Entry entry = new Entry(UUID.randomUUID(), UUID.fromString(wish.get("clientId").asString()),
                text(wish, "concern"), id(wish, "therapistId"), id(wish, "clinicId"), text(wish, "city"), weekdays,
                LocalTime.parse(wish.get("earliest").asString()), LocalTime.parse(wish.get("latest").asString()),
                wish.get("durationMinutes").asInt(), Instant.now());
        entries.addFirst(entry);
        return json(201, entry.asJson());
    }

    private ResponseDefinition answer(UUID offerId, boolean take) {
        Optional<ResponseDefinition> refused = refusalOf(take ? Action.TAKE : Action.DECLINE);
        if (refused.isPresent()) {
            return refused.get();
        }
        Entry entry = entries.stream().filter(candidate -> candidate.offer != null && candidate.offer.id.equals(offerId))
                .findFirst().orElse(null);
        if (entry == null) {
            return new ResponseDefinitionBuilder().withStatus(404).build();
        }
        Offer offer = entry.offer;
        if (!take) {
            offer.state = "DECLINED";
            return new ResponseDefinitionBuilder().withStatus(204).build();
        }
        offer.state = "ACCEPTED";
        entry.state = "BOOKED";
        Map<String, Object> taken = new LinkedHashMap<>();
        taken.put("sessionId", offer.sessionId);
        taken.put("therapistId", offer.therapistId);
        taken.put("clinicId", offer.clinicId);
        taken.put("starts", offer.starts.toString());
        taken.put("ends", offer.ends.toString());
        taken.put("timeZone", LISBON);
        return json(200, taken);
    }

    private ResponseDefinition leave(UUID entryId) {
        Optional<ResponseDefinition> refused = refusalOf(Action.LEAVE);
        if (refused.isPresent()) {
            return refused.get();
        }
        entry(entryId).ifPresent(entry -> {
            entry.state = "LEFT";
            if (entry.offer != null && "OPEN".equals(entry.offer.state)) {
                entry.offer.state = "WITHDRAWN";
            }
        });
        return new ResponseDefinitionBuilder().withStatus(204).build();
    }

    private Optional<ResponseDefinition> refusalOf(Action action) {
        Refusal refusal;
        synchronized (refusals) {
            refusal = refusals.get(action);
        }
        if (refusal == null) {
            return Optional.empty();
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", refusal.status == 409 ? "Conflict" : "Request breaks a rule");
        problem.put("status", refusal.status);
        problem.put("detail", refusal.detail);
        if (refusal.field != null) {
            problem.put("errors", List.of(Map.of("field", refusal.field, "message", refusal.detail)));
        }
        return Optional.of(new ResponseDefinitionBuilder().withStatus(refusal.status)
                .withHeader("Content-Type", "application/problem+json").withBody(JSON.writeValueAsString(problem))
                .build());
    }

    private static ResponseDefinition json(int status, Object body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(JSON.writeValueAsString(body)).build();
    }

    private static String text(JsonNode wish, String field) {
        JsonNode value = wish.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static UUID id(JsonNode wish, String field) {
        String value = text(wish, field);
        return value == null ? null : UUID.fromString(value);
    }

    private record Refusal(int status, String field, String detail) {
    }

    /** A place in line; its state and its offer change as the web takes, declines or leaves. */
    public static final class Entry {

        final UUID id;
        final UUID clientId;
        final String concern;
        final UUID therapistId;
        final UUID clinicId;
        final String city;
        final List<String> weekdays;
        final LocalTime earliest;
        final LocalTime latest;
        final int durationMinutes;
        final Instant joinedAt;
        volatile String state = "WAITING";
        volatile Offer offer;

        Entry(UUID id, UUID clientId, String concern, UUID therapistId, UUID clinicId, String city,
                List<String> weekdays, LocalTime earliest, LocalTime latest, int durationMinutes, Instant joinedAt) {
            this.id = id;
            this.clientId = clientId;
            this.concern = concern;
            this.therapistId = therapistId;
            this.clinicId = clinicId;
            this.city = city;
            this.weekdays = List.copyOf(weekdays);
            this.earliest = earliest;
            this.latest = latest;
            this.durationMinutes = durationMinutes;
            this.joinedAt = joinedAt;
        }

        public UUID id() {
            return id;
        }

        public String state() {
            return state;
        }

        public Optional<String> offerState() {
            return Optional.ofNullable(offer).map(held -> held.state);
        }

        /** As booking's EntryResponse: times with seconds, the week as a set. */
        Map<String, Object> asJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("clientId", clientId);
            json.put("concern", concern);
            json.put("therapistId", therapistId);
            json.put("clinicId", clinicId);
            json.put("city", city);
            json.put("weekdays", weekdays);
            json.put("earliest", earliest.format(SECONDS));
            json.put("latest", latest.format(SECONDS));
            json.put("durationMinutes", durationMinutes);
            json.put("state", state);
            json.put("joinedAt", joinedAt.toString());
            json.put("latestOffer", offer == null ? null : offer.asJson(id));
            return json;
        }
    }

    /** A freed time held for a place in line. */
    static final class Offer {

        final UUID id;
        final UUID sessionId;
        final UUID therapistId;
        final UUID clinicId;
        final OffsetDateTime starts;
        final OffsetDateTime ends;
        final OffsetDateTime heldUntil;
        volatile String state = "OPEN";

        Offer(UUID id, UUID sessionId, UUID therapistId, UUID clinicId, OffsetDateTime starts, OffsetDateTime ends,
                OffsetDateTime heldUntil) {
            this.id = id;
            this.sessionId = sessionId;
            this.therapistId = therapistId;
            this.clinicId = clinicId;
            this.starts = starts;
            this.ends = ends;
            this.heldUntil = heldUntil;
        }

        Map<String, Object> asJson(UUID entryId) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("entryId", entryId);
            json.put("sessionId", sessionId);
            json.put("therapistId", therapistId);
            json.put("clinicId", clinicId);
            json.put("starts", starts.toString());
            json.put("ends", ends.toString());
            json.put("timeZone", LISBON);
            json.put("heldUntil", heldUntil.toString());
            json.put("state", state);
            return json;
        }
    }
}
