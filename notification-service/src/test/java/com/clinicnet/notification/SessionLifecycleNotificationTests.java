package com.clinicnet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.clinicnet.events.ClientArrivedV1;
import com.clinicnet.events.ClientContactUpdatedV2;
import com.clinicnet.events.FollowUpDueV1;
import com.clinicnet.events.TreatmentPlanCompletedV1;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.events.SessionCancelledV1;
import com.clinicnet.events.SessionCancelledV2;
import com.clinicnet.events.SessionDisruptedV1;
import com.clinicnet.events.SessionRescheduledV1;
import com.clinicnet.events.WaitlistSlotOfferedV1;
import com.clinicnet.platform.replylink.ReplyAction;
import com.clinicnet.platform.replylink.ReplyLink;
import com.clinicnet.platform.replylink.ReplyLinks;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.MutableClock;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The notifications follow a session's life: confirmation, reminders 24 h and 2 h before, a change notice when it
 * moves, a cancellation notice when it is cancelled — driven by a clock the test moves, through real Kafka,
 * PostgreSQL and an SMTP server.
 */
@ServiceIntegrationTest
class SessionLifecycleNotificationTests {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String BOOKING = "/clinicnet/booking-service";
    private static final String THERAPISTS = "/clinicnet/therapist-service";
    private static final MutableClock clock = new MutableClock(Instant.now());

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailGoesToTheTestSmtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @TestConfiguration
    static class ControllableTime {

        @Bean
        Clock testClock() {
            return clock;
        }
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReplyLinks replyLinks;

    @Test
    void a_booked_session_gets_a_confirmation_now_and_reminders_a_day_and_two_hours_before() {
        Instant start = clock.instant().plus(Duration.ofDays(3));
        String email = contact(false);
        UUID client = clientOf(email);
        PublishedEvents.publish(brokers, booked(client, UUID.randomUUID(), start, 1), BOOKING);

        awaitSubjects(email, "is booked");
        clock.set(start.minus(Duration.ofHours(24)).plusSeconds(30));
        awaitSubjects(email, "is booked", "Reminder");
        clock.set(start.minus(Duration.ofHours(2)).plusSeconds(30));
        awaitSubjects(email, "is booked", "Reminder", "Reminder");
        clock.set(start.plus(Duration.ofHours(1)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> emailsTo(email).size() == 3);
    }

    @Test
    void a_reminder_carries_signed_links_that_confirm_or_cancel_its_session_until_it_starts() {
        Instant start = clock.instant().plus(Duration.ofDays(3));
        String email = contact(false);
        UUID session = UUID.randomUUID();
        PublishedEvents.publish(brokers, booked(clientOf(email), session, start, 1), BOOKING);
        awaitSubjects(email, "is booked");

        clock.set(start.minus(Duration.ofHours(24)).plusSeconds(30));

        awaitSubjects(email, "is booked", "Reminder");
        String body = bodyOf(emailsTo(email).stream().filter(message -> subjectOf(message).startsWith("Reminder"))
                .findFirst().orElseThrow());
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("http://localhost:8080/replies/(\\S+)")
                .matcher(body);
        List<ReplyLink> replies = links.results().map(link -> replyLinks.read(link.group(1)).orElseThrow()).toList();
        assertThat(replies).extracting(ReplyLink::action).containsExactly(ReplyAction.CONFIRM, ReplyAction.CANCEL);
        assertThat(replies).allSatisfy(link -> {
            assertThat(link.sessionId()).isEqualTo(session);
            assertThat(link.clientId()).isEqualTo(clientOf(email));
            assertThat(link.validUntil()).isEqualTo(start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        });
        assertThat(body).contains("http://localhost:8080/sessions/" + session + "/reschedule");
    }

    @Test
    void the_confirmation_change_and_cancellation_emails_keep_one_calendar_entry_moved_then_cancelled() throws Exception {
        String email = contact(false);
        UUID client = clientOf(email);
        UUID clinic = UUID.randomUUID();
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(clinic, "Porto", "Europe/Lisbon", 2, 0, 1), THERAPISTS);
        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM clinic WHERE id = :c AND address IS NOT NULL")
                .param("c", clinic).query(Integer.class).single() == 1);
        UUID session = UUID.randomUUID();
        Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Instant later = start.plus(Duration.ofDays(1));

        PublishedEvents.publish(brokers, new SessionBookedV1(UUID.randomUUID(), clock.instant(), session, client,
                UUID.randomUUID(), clinic, 1, start, start.plus(Duration.ofHours(1)), "Europe/Lisbon", 60, 1), BOOKING);
        awaitSubjects(email, "is booked");
        PublishedEvents.publish(brokers, new SessionRescheduledV1(UUID.randomUUID(), clock.instant(), session, client,
                UUID.randomUUID(), clinic, 1, start, later, later.plus(Duration.ofHours(1)), "Europe/Lisbon", 60, 2),
                BOOKING);
        awaitSubjects(email, "is booked", "has moved");
        PublishedEvents.publish(brokers, new SessionCancelledV2(UUID.randomUUID(), clock.instant(), session, client,
                UUID.randomUUID(), clinic, later, "Europe/Lisbon", "CLIENT", false, SessionCancelledV2.REQUESTED, 3),
                BOOKING);
        awaitSubjects(email, "is booked", "has moved", "is cancelled");

        net.fortuna.ical4j.model.Calendar booked = inviteIn(email, "is booked");
        net.fortuna.ical4j.model.Calendar moved = inviteIn(email, "has moved");
        net.fortuna.ical4j.model.Calendar cancelled = inviteIn(email, "is cancelled");
        assertThat(java.util.stream.Stream.of(booked, moved, cancelled).map(c -> eventValue(c, "UID")).distinct())
                .containsExactly("session-" + session + "@clinicnet");
        assertThat(java.util.stream.Stream.of(booked, moved, cancelled).map(c -> eventValue(c, "SEQUENCE")))
                .containsExactly("1", "2", "3");
        assertThat(java.util.stream.Stream.of(booked, moved, cancelled)
                .map(c -> c.getProperty("METHOD").orElseThrow().getValue())).containsExactly("REQUEST", "REQUEST", "CANCEL");
        assertThat(eventValue(booked, "LOCATION")).isEqualTo("Clinic Porto, Street 1");
        assertThat(booked.getComponent("VEVENT").orElseThrow().getProperty("DTSTART").orElseThrow().toString())
                .contains("TZID=Europe/Lisbon");
    }

    private static net.fortuna.ical4j.model.Calendar inviteIn(String email, String subject) throws Exception {
        MimeMessage message = emailsTo(email).stream().filter(m -> subjectOf(m).contains(subject)).findFirst()
                .orElseThrow();
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
        jakarta.mail.BodyPart invite = parts.getBodyPart(1);
        assertThat(invite.getContentType()).startsWith("text/calendar");
        try (java.io.InputStream ics = invite.getInputStream()) {
            return new net.fortuna.ical4j.data.CalendarBuilder().build(ics);
        }
    }

    private static String eventValue(net.fortuna.ical4j.model.Calendar calendar, String property) {
        return calendar.getComponent("VEVENT").orElseThrow().getProperty(property).orElseThrow().getValue();
    }

    @Test
    void a_moved_session_sends_a_change_notice_and_its_reminders_move_with_it() {
        ConfirmedSession confirmed = confirmedSession();
        Instant start = confirmed.start();

        Instant later = start.plus(Duration.ofDays(2));
        PublishedEvents.publish(brokers, new SessionRescheduledV1(UUID.randomUUID(), clock.instant(), confirmed.session(),
                confirmed.client(), UUID.randomUUID(), UUID.randomUUID(), 1, start, later, later.plus(Duration.ofHours(1)),
                "Europe/Lisbon", 60, 2), BOOKING);

        awaitSubjects(confirmed.email(), "is booked", "has moved");
        clock.set(start.minus(Duration.ofHours(2)).plusSeconds(30));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> emailsTo(confirmed.email()).size() == 2);
        clock.set(later.minus(Duration.ofHours(24)).plusSeconds(30));
        awaitSubjects(confirmed.email(), "is booked", "has moved", "Reminder");
    }

    @Test
    void a_cancelled_session_sends_a_cancellation_notice_and_no_reminder_ever() {
        ConfirmedSession confirmed = confirmedSession();

        PublishedEvents.publish(brokers, cancelled(confirmed.client(), confirmed.session(), confirmed.start(), 2), BOOKING);

        awaitCancellationNoticeAndNoReminder(confirmed);
    }

    @Test
    void a_session_cancelled_on_request_in_version_2_sends_the_cancellation_notice_as_version_1_does() {
        ConfirmedSession confirmed = confirmedSession();

        PublishedEvents.publish(brokers, cancelledV2(confirmed, SessionCancelledV2.REQUESTED), BOOKING);

        awaitCancellationNoticeAndNoReminder(confirmed);
    }

    @Test
    void a_session_cancelled_because_its_client_was_erased_sends_no_cancellation_notice_and_no_reminder() {
        ConfirmedSession confirmed = confirmedSession();

        PublishedEvents.publish(brokers, cancelledV2(confirmed, SessionCancelledV2.ERASED), BOOKING);

        await().atMost(WITHIN).until(() -> cancelledReminders(confirmed.session()) == 2);
        clock.set(confirmed.start().minus(Duration.ofHours(2)).plusSeconds(30));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> emailsTo(confirmed.email()).size() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE session_id = :s AND kind = 'CANCELLATION_NOTICE'")
                .param("s", confirmed.session()).query(Integer.class).single()).isZero();
    }

    @Test
    void a_client_marked_arrived_is_sent_nothing_and_the_sessions_reminders_still_stand() {
        ConfirmedSession confirmed = confirmedSession();
        UUID arrival = UUID.randomUUID();

        PublishedEvents.publish(brokers, new ClientArrivedV1(arrival, clock.instant(), confirmed.session(),
                confirmed.client(), UUID.randomUUID(), UUID.randomUUID(), clock.instant(), 2), BOOKING);

        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM received_event WHERE event_id = :e")
                .param("e", arrival).query(Integer.class).single() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE session_id = :s AND kind NOT IN ('CONFIRMATION', 'REMINDER')")
                .param("s", confirmed.session()).query(Integer.class).single()).as("no message planned for an arrival").isZero();
        clock.set(confirmed.start().minus(Duration.ofHours(24)).plusSeconds(30));
        awaitSubjects(confirmed.email(), "is booked", "Reminder");
    }

    @Test
    void a_disrupted_session_tells_the_client_at_once_with_the_times_offered_and_its_reminders_still_stand() {
        ConfirmedSession confirmed = confirmedSession();
        UUID clinic = UUID.randomUUID();
        UUID bea = UUID.randomUUID();
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(clinic, "Porto", "Europe/Lisbon", 2, 0, 1), THERAPISTS);
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(bea, clinic, "LOWER_BACK", 2, 1), THERAPISTS);
        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM therapist WHERE id = :t").param("t", bea)
                .query(Integer.class).single() == 1 && jdbc.sql("SELECT count(*) FROM clinic WHERE id = :c")
                .param("c", clinic).query(Integer.class).single() == 1);
        Instant sameTime = confirmed.start();
        Instant nextDay = confirmed.start().plus(Duration.ofDays(1));

        PublishedEvents.publish(brokers, new SessionDisruptedV1(UUID.randomUUID(), clock.instant(), confirmed.session(),
                confirmed.client(), UUID.randomUUID(), clinic, confirmed.start(), confirmed.start().plus(Duration.ofHours(1)),
                "Europe/Lisbon", 60, SessionDisruptedV1.TIME_OFF, List.of(
                        new SessionDisruptedV1.Alternative(bea, clinic, sameTime, sameTime.plus(Duration.ofHours(1)),
                                "Europe/Lisbon"),
                        new SessionDisruptedV1.Alternative(bea, clinic, nextDay, nextDay.plus(Duration.ofHours(1)),
                                "Europe/Lisbon")), 1), BOOKING);

        awaitSubjects(confirmed.email(), "is booked", "cannot go ahead as booked");
        String body = bodyOf(emailsTo(confirmed.email()).stream().filter(message -> subjectOf(message)
                .contains("cannot go ahead")).findFirst().orElseThrow());
        assertThat(body).contains("- " + localTime(sameTime) + ", with Therapist at Clinic Porto")
                .contains("- " + localTime(nextDay) + ", with Therapist at Clinic Porto")
                .contains("http://localhost:8080/sessions/" + confirmed.session() + "/disruption")
                .contains("nothing is cancelled without you")
                .doesNotContain("LOWER_BACK").doesNotContain("TIME_OFF");
        assertThat(body.indexOf(localTime(sameTime))).isLessThan(body.indexOf(localTime(nextDay)));
        assertThat(cancelledReminders(confirmed.session())).as("still booked, so still reminded").isZero();
    }

    @Test
    void a_time_held_for_the_client_from_the_waitlist_is_offered_at_once_saying_until_when_it_is_held() {
        String email = contact(false);
        UUID heldSession = UUID.randomUUID();
        Instant start = clock.instant().plus(Duration.ofDays(2));
        Instant heldUntil = clock.instant().plus(Duration.ofMinutes(30));

        PublishedEvents.publish(brokers, offered(clientOf(email), heldSession, start, heldUntil), BOOKING);

        awaitSubjects(email, "A time has freed up for you");
        String body = bodyOf(emailsTo(email).getFirst());
        assertThat(body).contains(localTime(start))
                .contains("until " + java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                        .format(heldUntil.atZone(java.time.ZoneId.of("Europe/Lisbon"))))
                .contains("http://localhost:8080/waitlist")
                .doesNotContain("LOWER_BACK");
    }

    @Test
    void a_waitlist_offer_whose_hold_ran_out_before_it_could_go_out_is_not_sent() {
        String email = contact(false);
        UUID heldSession = UUID.randomUUID();

        PublishedEvents.publish(brokers, offered(clientOf(email), heldSession, clock.instant().plus(Duration.ofDays(2)),
                clock.instant().minusSeconds(1)), BOOKING);

        await().atMost(WITHIN).until(() -> jdbc.sql("""
                        SELECT count(*) FROM notification
                        WHERE session_id = :s AND kind = 'WAITLIST_OFFER' AND state = 'SKIPPED'
                        """).param("s", heldSession).query(Integer.class).single() == 1);
        assertThat(emailsTo(email)).isEmpty();
    }

    private WaitlistSlotOfferedV1 offered(UUID client, UUID heldSession, Instant start, Instant heldUntil) {
        return new WaitlistSlotOfferedV1(UUID.randomUUID(), clock.instant(), UUID.randomUUID(), heldSession, client,
                UUID.randomUUID(), UUID.randomUUID(), start, start.plus(Duration.ofHours(1)), "Europe/Lisbon", 60,
                heldUntil);
    }

    private static String localTime(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm '('VV' time)'",
                java.util.Locale.ENGLISH).format(instant.atZone(java.time.ZoneId.of("Europe/Lisbon")));
    }

    /** The text the client reads: the first part when the email also carries a calendar invite. */
    private static String bodyOf(MimeMessage message) {
        try {
            Object content = message.getContent();
            String text = content instanceof jakarta.mail.Multipart parts
                    ? String.valueOf(parts.getBodyPart(0).getContent()) : String.valueOf(content);
            return text.replace("\r\n", "\n");
        }
        catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client's session three days ahead, booked and confirmed by email. */
    private record ConfirmedSession(String email, UUID client, UUID session, Instant start) {
    }

    private ConfirmedSession confirmedSession() {
        Instant start = clock.instant().plus(Duration.ofDays(3));
        String email = contact(false);
        UUID session = UUID.randomUUID();
        PublishedEvents.publish(brokers, booked(clientOf(email), session, start, 1), BOOKING);
        awaitSubjects(email, "is booked");
        return new ConfirmedSession(email, clientOf(email), session, start);
    }

    private void awaitCancellationNoticeAndNoReminder(ConfirmedSession confirmed) {
        awaitSubjects(confirmed.email(), "is booked", "is cancelled");
        clock.set(confirmed.start().minus(Duration.ofHours(2)).plusSeconds(30));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> emailsTo(confirmed.email()).size() == 2);
        assertThat(cancelledReminders(confirmed.session())).isEqualTo(2);
    }

    private int cancelledReminders(UUID session) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE session_id = :s AND kind = 'REMINDER' AND state = 'CANCELLED'")
                .param("s", session).query(Integer.class).single();
    }

    @Test
    void a_booking_that_arrives_after_its_cancellation_and_twice_sends_nothing_stale() {
        Instant start = clock.instant().plus(Duration.ofDays(3));
        String email = contact(false);
        UUID client = clientOf(email);
        UUID session = UUID.randomUUID();
        SessionBookedV1 booked = booked(client, session, start, 1);

        PublishedEvents.publish(brokers, cancelled(client, session, start, 2), BOOKING);
        PublishedEvents.publish(brokers, booked, BOOKING);
        PublishedEvents.publish(brokers, booked, BOOKING);

        awaitSubjects(email, "is cancelled");
        clock.set(start.minus(Duration.ofHours(2)).plusSeconds(30));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> emailsTo(email).size() == 1);
    }

    @Test
    void a_client_who_opted_out_of_reminders_still_gets_the_confirmation() {
        Instant start = clock.instant().plus(Duration.ofDays(3));
        String email = contact(true);
        UUID session = UUID.randomUUID();
        PublishedEvents.publish(brokers, booked(clientOf(email), session, start, 1), BOOKING);
        awaitSubjects(email, "is booked");

        clock.set(start.minus(Duration.ofHours(2)).plusSeconds(30));

        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM notification WHERE session_id = :s AND state = 'SKIPPED'")
                .param("s", session).query(Integer.class).single() == 2);
        assertThat(emailsTo(email)).hasSize(1);
    }

    @Test
    void a_due_follow_up_invites_the_client_to_book_and_a_completed_plan_gets_a_closing_message() {
        String email = contact(false);
        UUID plan = UUID.randomUUID();
        PublishedEvents.publish(brokers, new FollowUpDueV1(UUID.randomUUID(), clock.instant(), plan, clientOf(email),
                UUID.randomUUID(), UUID.randomUUID(), java.time.LocalDate.of(2027, 1, 20), 2, 6, "Europe/Lisbon"), BOOKING);

        awaitSubjects(email, "next session of your treatment plan");
        assertThat(subjectsTo(email)).hasSize(1);

        PublishedEvents.publish(brokers, new TreatmentPlanCompletedV1(UUID.randomUUID(), clock.instant(), plan,
                clientOf(email), UUID.randomUUID(), UUID.randomUUID(), 6), BOOKING);

        awaitSubjects(email, "next session of your treatment plan", "treatment plan is complete");
    }

    @Test
    void a_confirmation_due_in_the_client_quiet_hours_waits_until_they_end() {
        java.time.LocalTime nowInLisbon = clock.instant().atZone(java.time.ZoneId.of("Europe/Lisbon")).toLocalTime()
                .withSecond(0).withNano(0);
        java.time.LocalTime quietFrom = nowInLisbon.minusHours(1);
        java.time.LocalTime quietTo = nowInLisbon.plusHours(1);
        UUID client = UUID.randomUUID();
        String email = client + "@example.org";
        clients.put(email, client);
        PublishedEvents.publish(brokers, new ClientContactUpdatedV2(UUID.randomUUID(), clock.instant(), client, "Maria",
                email, null, "Europe/Lisbon", "en", "EMAIL", quietFrom, quietTo, false, 1), BOOKING);
        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM contact WHERE client_id = :c").param("c", client)
                .query(Integer.class).single() == 1);
        UUID session = UUID.randomUUID();

        PublishedEvents.publish(brokers, booked(client, session, clock.instant().plus(Duration.ofDays(3)), 1), BOOKING);

        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM notification WHERE session_id = :s AND kind = 'CONFIRMATION' AND reason = 'the client''s quiet hours'")
                .param("s", session).query(Integer.class).single() == 1);
        assertThat(emailsTo(email)).isEmpty();
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        awaitSubjects(email, "is booked");
    }

    private final java.util.Map<String, UUID> clients = new java.util.concurrent.ConcurrentHashMap<>();

    private String contact(boolean optOut) {
        UUID client = UUID.randomUUID();
        String email = client + "@example.org";
        clients.put(email, client);
        PublishedEvents.publish(brokers, new ClientContactUpdatedV2(UUID.randomUUID(), clock.instant(), client, "Maria",
                email, null, "Europe/Lisbon", "en", "EMAIL", null, null, optOut, 1), BOOKING);
        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM contact WHERE client_id = :c").param("c", client)
                .query(Integer.class).single() == 1);
        return email;
    }

    private UUID clientOf(String email) {
        return clients.get(email);
    }

    private SessionBookedV1 booked(UUID client, UUID session, Instant start, long version) {
        return new SessionBookedV1(UUID.randomUUID(), clock.instant(), session, client, UUID.randomUUID(), UUID.randomUUID(),
                1, start, start.plus(Duration.ofHours(1)), "Europe/Lisbon", 60, version);
    }

    private SessionCancelledV1 cancelled(UUID client, UUID session, Instant start, long version) {
        return new SessionCancelledV1(UUID.randomUUID(), clock.instant(), session, client, UUID.randomUUID(),
                UUID.randomUUID(), start, "Europe/Lisbon", "CLIENT", false, version);
    }

    private SessionCancelledV2 cancelledV2(ConfirmedSession confirmed, String reason) {
        return new SessionCancelledV2(UUID.randomUUID(), clock.instant(), confirmed.session(), confirmed.client(),
                UUID.randomUUID(), UUID.randomUUID(), confirmed.start(), "Europe/Lisbon", "CLINIC", false, reason, 2);
    }

    private void awaitSubjects(String email, String... subjects) {
        await().atMost(WITHIN).until(() -> subjectsTo(email), found -> found.size() == subjects.length
                && Arrays.stream(subjects).allMatch(wanted -> found.stream().filter(s -> s.contains(wanted)).count()
                        == Arrays.stream(subjects).filter(wanted::equals).count()));
    }

    private List<String> subjectsTo(String email) {
        return emailsTo(email).stream().map(message -> {
            try {
                return message.getSubject();
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<MimeMessage> emailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.toString(message.getAllRecipients()).contains(email);
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
