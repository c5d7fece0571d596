package com.clinicnet.booking.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.booking.DirectoryArrival;
import com.clinicnet.events.Topics;
import com.clinicnet.platform.messaging.CloudEventHeaders;
import com.clinicnet.platform.replylink.ReplyAction;
import com.clinicnet.platform.replylink.ReplyLink;
import com.clinicnet.platform.replylink.ReplyLinks;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;
import com.clinicnet.testsupport.TopicRecords;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maria answers her reminder without signing in: the link that confirms her session, the one that cancels it, or a
 * text to the SMS provider. Through HTTP, PostgreSQL and Kafka; the links are signed as notification-service signs
 * them.
 */
@ServiceIntegrationTest
class SessionRepliesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TestIdentityProvider identity = TestIdentityProvider.shared();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Value("${clinicnet.replies.sms-webhook-secret}")
    String webhookSecret;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ReplyLinks links;

    private static final java.time.ZoneId LISBON = java.time.ZoneId.of("Europe/Lisbon");
    private static final String SOURCE = "/clinicnet/therapist-service";

    UUID baixa;
    UUID ana;
    UUID maria;
    String mariasPhone;
    ZonedDateTime tenOClock;
    UUID session;

    @BeforeEach
    void maria_has_ana_at_ten_in_two_days() {
        baixa = UUID.randomUUID();
        ana = UUID.randomUUID();
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(baixa, "Lisbon " + baixa, "Europe/Lisbon", 2, 0, 1),
                SOURCE);
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(ana, baixa, "LOWER_BACK", 2, 1), SOURCE);
        DirectoryArrival.awaitShiftsOf(jdbc, ana);
        DirectoryArrival.awaitClinics(jdbc, baixa);
        maria = UUID.randomUUID();
        mariasPhone = "+3519" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        assertThat(ServiceClient.onPort(port).as(identity.client(maria)).post("/clients", Map.of("name", "Maria Costa",
                "phone", mariasPhone, "timeZone", "Europe/Lisbon", "language", "pt", "preferredChannel", "SMS"))
                .status()).isEqualTo(201);
        tenOClock = LocalDate.now(clock.withZone(LISBON)).plusDays(2).atTime(LocalTime.of(10, 0)).atZone(LISBON);
        HttpResponseBody booked = ServiceClient.onPort(port).as(identity.client(maria)).post("/sessions",
                Map.of("clientId", maria.toString(), "therapistId", ana.toString(), "clinicId", baixa.toString(),
                        "startsAt", tenOClock.toOffsetDateTime().toString(), "durationMinutes", 60));
        assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
        session = UUID.fromString(booked.text("id"));
    }

    @Test
    void the_confirm_link_confirms_her_session_once_and_the_front_desk_sees_it() {
        String token = links.sign(link(ReplyAction.CONFIRM, tenOClock.toInstant()));
        JsonNode before = anyone().get("/replies/" + token).json();
        assertThat(before.path("action").asString()).isEqualTo("CONFIRM");
        assertThat(before.path("usable").asBoolean()).isTrue();
        assertThat(before.path("confirmed").asBoolean()).isFalse();
        assertThat(count("session_confirmation WHERE session_id = '" + session + "'")).as("a GET changes nothing")
                .isZero();

        HttpResponseBody confirmed = anyone().post("/replies/" + token, Map.of());

        assertThat(confirmed.status()).as(confirmed.json().toString()).isEqualTo(200);
        assertThat(confirmed.text("outcome")).isEqualTo("CONFIRMED");
        assertThat(count("session_confirmation WHERE session_id = '" + session + "' AND via = 'LINK'")).isEqualTo(1);
        assertThat(anyone().post("/replies/" + token, Map.of()).text("outcome")).isEqualTo("ALREADY_CONFIRMED");
        JsonNode day = ServiceClient.onPort(port).as(identity.frontDesk(baixa))
                .get("/clinics/" + baixa + "/sessions?date=" + tenOClock.toLocalDate()).json();
        assertThat(day.valueStream().filter(row -> row.path("id").asString().equals(session.toString())))
                .singleElement().satisfies(row -> assertThat(row.path("confirmedAt").isNull()).isFalse());
    }

    @Test
    void the_cancel_link_cancels_her_session_as_her_own_cancellation() {
        String token = links.sign(link(ReplyAction.CANCEL, tenOClock.toInstant()));

        HttpResponseBody cancelled = anyone().post("/replies/" + token, Map.of());

        assertThat(cancelled.text("outcome")).isEqualTo("CANCELLED");
        assertThat(count("session WHERE id = '" + session + "' AND status = 'CANCELLED'")).isEqualTo(1);
        TopicRecords.awaitMatching(brokers, Topics.BOOKING_SESSIONS, r -> session.toString().equals(r.key())
                && TopicRecords.header(r, CloudEventHeaders.TYPE)
                        .filter("clinicnet.booking.SessionCancelled.v2"::equals).isPresent()
                && r.value().contains("\"cancelledBy\":\"CLIENT\""), Duration.ofSeconds(30));
        assertThat(anyone().post("/replies/" + token, Map.of()).text("outcome")).isEqualTo("ALREADY_CANCELLED");
    }

    @Test
    void a_link_past_its_session_start_for_another_time_or_altered_does_nothing() {
        String expired = links.sign(link(ReplyAction.CONFIRM, clock.instant().minusSeconds(60)));
        String movedSince = links.sign(link(ReplyAction.CONFIRM, tenOClock.plusHours(1).toInstant()));
        String forged = new ReplyLinks("somebody-elses-key-of-thirty-two-bytes!!")
                .sign(link(ReplyAction.CANCEL, tenOClock.toInstant()));

        assertThat(anyone().post("/replies/" + expired, Map.of()).status()).isEqualTo(409);
        assertThat(anyone().post("/replies/" + movedSince, Map.of()).status()).isEqualTo(409);
        assertThat(anyone().post("/replies/" + forged, Map.of()).status()).isEqualTo(404);
        assertThat(anyone().get("/replies/not-a-token").status()).isEqualTo(404);
        assertThat(count("session WHERE id = '" + session + "' AND status = 'BOOKED'")).isEqualTo(1);
        assertThat(count("session_confirmation WHERE session_id = '" + session + "'")).isZero();
    }

    @Test
    void a_signed_text_saying_sim_confirms_her_next_session() throws Exception {
        HttpResponse<String> answer = text(mariasPhone, "Sim", true);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("outcome").asString()).isEqualTo("CONFIRMED");
        assertThat(count("session_confirmation WHERE session_id = '" + session + "' AND via = 'SMS'")).isEqualTo(1);
    }

    @Test
    void a_signed_text_saying_nao_cancels_her_next_session() throws Exception {
        HttpResponse<String> answer = text(mariasPhone, "Não", true);

        assertThat(JSON.readTree(answer.body()).path("outcome").asString()).isEqualTo("CANCELLED");
        assertThat(count("session WHERE id = '" + session + "' AND status = 'CANCELLED'")).isEqualTo(1);
    }

    @Test
    void an_unsigned_text_is_refused_and_one_that_says_neither_changes_nothing() throws Exception {
        assertThat(text(mariasPhone, "X", false).statusCode()).isEqualTo(401);
        HttpResponse<String> unclear = text(mariasPhone, "talvez amanhã", true);
        assertThat(JSON.readTree(unclear.body()).path("outcome").asString()).isEqualTo("NOT_UNDERSTOOD");
        HttpResponse<String> stranger = text("+351900000001", "C", true);
        assertThat(JSON.readTree(stranger.body()).path("outcome").asString()).isEqualTo("NOT_UNDERSTOOD");
        assertThat(count("session WHERE id = '" + session + "' AND status = 'BOOKED'")).isEqualTo(1);
        assertThat(count("session_confirmation WHERE session_id = '" + session + "'")).isZero();
    }

    private ReplyLink link(ReplyAction action, Instant validUntil) {
        return new ReplyLink(UUID.randomUUID(), session, maria, action, validUntil);
    }

    private HttpResponse<String> text(String from, String words, boolean signed) throws Exception {
        byte[] body = JSON.writeValueAsBytes(Map.of("from", from, "text", words));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sms/replies"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signed) {
            request.header(SmsReplyController.SIGNATURE, new WebhookSignature(webhookSecret).of(body));
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private ServiceClient anyone() {
        return ServiceClient.onPort(port);
    }

    private int count(String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Integer.class).single();
    }
}
