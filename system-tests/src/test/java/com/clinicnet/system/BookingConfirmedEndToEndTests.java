package com.clinicnet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.clinicnet.events.Topics;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.RealInfrastructure;
import com.clinicnet.testsupport.TopicRecords;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The whole story across the three services, each in its own process, through one real Kafka and one real
 * PostgreSQL: a clinic opens, a therapist joins, a client books, and the confirmation reaches the SMTP server.
 */
class BookingConfirmedEndToEndTests {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter SUBJECT_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    static RealInfrastructure infrastructure;
    static GreenMail smtp;
    static RunningClinicNet clinicNet;
    static String clinicId;
    static String therapistId;

    @BeforeAll
    static void a_network_with_one_clinic_in_new_york_and_one_therapist() {
        infrastructure = RealInfrastructure.shared();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        clinicNet = RunningClinicNet.start(infrastructure, smtp.getSmtp().getPort());

        List<Map<String, String>> everyDay = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(day -> Map.of("weekday", day.name(), "opens", "07:00", "closes", "21:00")).toList();
        clinicId = clinicNet.therapists().post("/clinics", Map.of("name", "ClinicNet Midtown", "city", "New York",
                "address", "250 W 57th St", "timeZone", "America/New_York", "treatmentRooms", 2,
                "bufferMinutes", 15, "openingHours", everyDay)).text("id");
        therapistId = clinicNet.therapists().post("/therapists", Map.of("name", "Emily Carter",
                "clinicIds", List.of(clinicId), "specialties", List.of(Map.of("code", "LOWER_BACK", "level", 3))))
                .text("id");
        List<Map<String, String>> shifts = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(day -> Map.of("clinicId", clinicId, "weekday", day.name(), "starts", "08:00", "ends", "20:00")).toList();
        assertThat(clinicNet.therapists().put("/therapists/" + therapistId + "/shifts", Map.of("effectiveFrom",
                LocalDate.now(java.time.ZoneOffset.UTC).toString(), "shifts", shifts)).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop_everything() {
        if (clinicNet != null) {
            clinicNet.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void a_booked_session_is_confirmed_by_one_email_showing_the_clinic_local_time() {
        String email = "client-" + UUID.randomUUID() + "@example.org";
        String clientId = registerClient(email);
        ZonedDateTime start = inDays(2, LocalTime.of(9, 30));

        HttpResponseBody session = bookWhenDirectoryArrived(clientId, start);

        assertThat(session.status()).as(session.json().toString()).isEqualTo(201);
        List<MimeMessage> emails = awaitEmailsTo(email);
        assertThat(subjectOf(emails.getFirst())).contains(SUBJECT_TIME.format(start));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> emailsTo(email).size() == 1);
        TopicRecords.awaitMatching(infrastructure.kafkaBootstrapServers(), Topics.NOTIFICATION_OUTCOMES,
                record -> record.value().contains(session.text("id")), WITHIN);
    }

    @Test
    void no_log_line_of_a_whole_flow_names_the_client_contact_or_health() throws Exception {
        String email = "private-" + UUID.randomUUID() + "@example.org";
        String phone = "+1212555" + String.format("%04d", new java.util.Random().nextInt(10_000));
        String injury = "old-injury-" + UUID.randomUUID();
        HttpResponseBody client = clinicNet.booking(UUID.randomUUID()).post("/clients", Map.of("name", "Sam Rivera",
                "email", email, "phone", phone, "timeZone", "America/New_York", "language", "en",
                "preferredChannel", "EMAIL"));
        String clientId = client.text("id");
        assertThat(intakeWhenCatalogueArrived(clientId, Map.of("concerns", List.of("LOWER_BACK_PAIN"), "painLevel", 7,
                "conditions", List.of("HIGH_BLOOD_PRESSURE"), "injuriesToAvoid", List.of(injury))).status())
                .isEqualTo(201);

        HttpResponseBody session = bookWhenDirectoryArrived(clientId, inDays(4, LocalTime.of(11, 0)));
        assertThat(session.status()).isEqualTo(201);
        awaitEmailsTo(email);

        for (ServiceProcess service : clinicNet.all()) {
            String log = java.nio.file.Files.readString(service.log());
            assertThat(log).as(service.name() + "'s log").isNotEmpty().doesNotContain(email).doesNotContain(phone)
                    .doesNotContain("LOWER_BACK_PAIN").doesNotContain("HIGH_BLOOD_PRESSURE").doesNotContain(injury);
        }
    }

    @Test
    void one_booking_is_followed_by_one_trace_id_from_its_request_through_kafka_to_the_confirmation_sent()
            throws Exception {
        String email = "traced-" + UUID.randomUUID() + "@example.org";
        String clientId = registerClient(email);

        HttpResponseBody session = bookWhenDirectoryArrived(clientId, inDays(6, LocalTime.of(10, 0)));

        assertThat(session.status()).isEqualTo(201);
        String sessionId = session.text("id");
        awaitEmailsTo(email);
        String traceId = traceIdOf(awaitLogLine(clinicNet.bookingService, "Session " + sessionId + " booked"));
        String sent = awaitLogLine(clinicNet.notificationService, "for session " + sessionId + ") sent by EMAIL");
        assertThat(traceIdOf(sent)).as(sent).isEqualTo(traceId);
        org.apache.kafka.clients.consumer.ConsumerRecord<String, String> booked = TopicRecords.awaitMatching(
                infrastructure.kafkaBootstrapServers(), Topics.BOOKING_SESSIONS,
                record -> sessionId.equals(record.key()), WITHIN).getFirst();
        assertThat(TopicRecords.header(booked, "traceparent")).hasValueSatisfying(
                traceParent -> assertThat(traceParent).startsWith("00-" + traceId + "-"));
    }

    /** Spring Boot's log correlation: {@code [<32 hex trace id>-<16 hex span id>]} on every line within a span. */
    private static final java.util.regex.Pattern TRACE_ID =
            java.util.regex.Pattern.compile("\\[([0-9a-f]{32})-[0-9a-f]{16}]");

    private static String traceIdOf(String logLine) {
        java.util.regex.Matcher traceId = TRACE_ID.matcher(logLine);
        assertThat(traceId.find()).as("a trace id in: " + logLine).isTrue();
        return traceId.group(1);
    }

    private static String awaitLogLine(ServiceProcess service, String containing) {
        return await().atMost(WITHIN).until(() -> java.nio.file.Files.readAllLines(service.log()).stream()
                .filter(line -> line.contains(containing)).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    @Test
    void every_metric_the_dashboards_and_alert_rules_query_is_served_after_a_flow() throws Exception {
        String email = "metrics-" + UUID.randomUUID() + "@example.org";
        String clientId = registerClient(email);
        ZonedDateTime start = inDays(5, LocalTime.of(15, 0));
        assertThat(clinicNet.booking(UUID.fromString(clientId)).get("/availability?clinicId=" + clinicId + "&from="
                + start.toOffsetDateTime() + "&to=" + start.plusDays(1).toOffsetDateTime()).status()).isEqualTo(200);
        assertThat(bookWhenDirectoryArrived(clientId, start).status()).isEqualTo(201);
        assertThat(clinicNet.booking(UUID.fromString(clientId)).post("/treatment-plans", Map.of("clientId", clientId,
                "therapistId", therapistId, "clinicId", clinicId, "concern", "LOWER_BACK_PAIN", "sessions", 3,
                "intervalDays", 7)).status()).isEqualTo(201);
        awaitEmailsTo(email);

        java.util.Map<String, java.util.Set<String>> queried = ObservabilityFiles.metricNamesByFile();

        assertThat(queried).isNotEmpty();
        // some series are computed on a schedule (shift utilisation), so each scrape is given a moment to catch up
        await().atMost(WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            java.util.Set<String> servedNames = servedMetricNames();
            queried.forEach((file, names) -> assertThat(names).as("metrics queried in " + file).isNotEmpty()
                    .allSatisfy(name -> assertThat(servedNames).as(file + " asks for " + name).contains(name)));
        });
    }

    private static java.util.Set<String> servedMetricNames() {
        StringBuilder served = new StringBuilder();
        for (ServiceProcess service : clinicNet.all()) {
            served.append(com.clinicnet.testsupport.ServiceClient.onPort(service.httpPort())
                    .as(com.clinicnet.testsupport.TestIdentityProvider.shared().ops()).getText("/actuator/prometheus"));
        }
        return served.toString().lines().filter(line -> !line.startsWith("#"))
                .map(line -> line.replaceAll("[{ ].*", "")).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void a_booking_made_while_notifications_are_down_is_confirmed_once_they_are_back() {
        String email = "client-" + UUID.randomUUID() + "@example.org";
        String clientId = registerClient(email);
        clinicNet.notificationService.stop();

        HttpResponseBody session = bookWhenDirectoryArrived(clientId, inDays(3, LocalTime.of(15, 0)));

        assertThat(session.status()).isEqualTo(201);
        TopicRecords.awaitMatching(infrastructure.kafkaBootstrapServers(), Topics.BOOKING_SESSIONS,
                record -> session.text("id").equals(record.key()), WITHIN);
        assertThat(emailsTo(email)).isEmpty();

        clinicNet.restart(clinicNet.notificationService);

        awaitEmailsTo(email);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> emailsTo(email).size() == 1);
    }

    @Test
    void a_new_schedule_and_a_removal_at_therapist_service_reach_booking_read_model() throws Exception {
        String clinic = clinicNet.therapists().post("/clinics", Map.of("name", "ClinicNet Chelsea", "city", "New York",
                "address", "100 W 23rd St", "timeZone", "America/New_York", "treatmentRooms", 2, "bufferMinutes", 10,
                "openingHours", List.of(Map.of("weekday", "MONDAY", "opens", "08:00", "closes", "20:00")))).text("id");
        String therapist = clinicNet.therapists().post("/therapists", Map.of("name", "Sofia Garcia",
                "clinicIds", List.of(clinic), "specialties", List.of(Map.of("code", "POSTURAL", "level", 2)))).text("id");

        HttpResponseBody scheduled = clinicNet.therapists().put("/therapists/" + therapist + "/shifts", Map.of(
                "effectiveFrom", LocalDate.now(NEW_YORK).plusDays(1).toString(), "shifts", List.of(Map.of(
                        "clinicId", clinic, "weekday", "MONDAY", "starts", "10:00", "ends", "18:00"))));

        assertThat(scheduled.status()).isEqualTo(200);
        await().atMost(WITHIN).until(() -> bookingReadModelCount(
                "therapist_view_shift WHERE therapist_id = '" + therapist + "' AND starts = '10:00'") == 1);

        assertThat(clinicNet.therapists().delete("/therapists/" + therapist).status()).isEqualTo(204);

        await().atMost(WITHIN).until(() -> bookingReadModelCount("therapist_view WHERE id = '" + therapist + "'") == 0);
    }

    @Test
    void an_erased_client_is_named_by_no_row_of_any_service_and_their_freed_time_goes_to_someone_else()
            throws Exception {
        String name = "Erin " + UUID.randomUUID();
        String email = "erin-" + UUID.randomUUID() + "@example.org";
        String phone = "+1646555" + String.format("%04d", new java.util.Random().nextInt(10_000));
        String injury = "healing-wrist-" + UUID.randomUUID();
        String clientId = clinicNet.booking(UUID.randomUUID()).post("/clients", Map.of("name", name, "email", email,
                "phone", phone, "timeZone", "America/New_York", "language", "en", "preferredChannel", "EMAIL"))
                .text("id");
        HttpResponseBody intake = intakeWhenCatalogueArrived(clientId, Map.of("concerns", List.of("LOWER_BACK_PAIN"),
                "painLevel", 4, "injuriesToAvoid", List.of(injury)));
        assertThat(intake.status()).as(intake.json().toString()).isEqualTo(201);
        ZonedDateTime start = inDays(8, LocalTime.of(14, 0));
        assertThat(bookWhenDirectoryArrived(clientId, start).status()).isEqualTo(201);
        awaitEmailsTo(email);
        List<String> traces = List.of(name, email, phone, injury);
        // the search below can find her: before the erasure, both services hold her name and contact
        assertThat(rowsContainingAnyOf("e2e_booking_service", traces)).isNotEmpty();
        assertThat(rowsContainingAnyOf("e2e_notification_service", traces)).isNotEmpty();

        assertThat(clinicNet.booking(UUID.fromString(clientId)).delete("/clients/" + clientId).status()).isEqualTo(204);

        await().atMost(WITHIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String database : List.of("e2e_therapist_service", "e2e_booking_service", "e2e_notification_service")) {
                assertThat(rowsContainingAnyOf(database, traces)).as("rows in " + database).isEmpty();
            }
            assertThat(rowsContainingAnyOf("e2e_notification_service", List.of(clientId)))
                    .as("notifications, pending or not, that still name her").isEmpty();
        });
        String someoneElse = registerClient("next-" + UUID.randomUUID() + "@example.org");
        assertThat(bookWhenDirectoryArrived(someoneElse, start).status()).as("the freed time").isEqualTo(201);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> emailsTo(email).size() == 1);
    }

    /** Every row of every table of the database, as text, that contains one of the values: a table and its row. */
    private static List<String> rowsContainingAnyOf(String database, List<String> values) throws java.sql.SQLException {
        List<String> found = new java.util.ArrayList<>();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(infrastructure.jdbcUrl(database),
                infrastructure.username(), infrastructure.password())) {
            List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = connection.createStatement().executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                            + " AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (java.sql.ResultSet rows = connection.createStatement()
                        .executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                    while (rows.next()) {
                        String row = rows.getString(1);
                        if (values.stream().anyMatch(row::contains)) {
                            found.add(table + ": " + row);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static int bookingReadModelCount(String fromWhere) throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                infrastructure.jdbcUrl("e2e_booking_service"), infrastructure.username(), infrastructure.password());
                java.sql.ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM " + fromWhere)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void rileys_day_off_disrupts_three_clients_who_each_follow_their_link_and_take_the_first_time_offered() {
        String riley = clinicNet.therapists().post("/therapists", Map.of("name", "Riley Brooks",
                "clinicIds", List.of(clinicId), "specialties", List.of(Map.of("code", "LOWER_BACK", "level", 2))))
                .text("id");
        List<Map<String, String>> shifts = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(day -> Map.of("clinicId", clinicId, "weekday", day.name(), "starts", "08:00", "ends", "18:00"))
                .toList();
        assertThat(clinicNet.therapists().put("/therapists/" + riley + "/shifts", Map.of("effectiveFrom",
                LocalDate.now(java.time.ZoneOffset.UTC).toString(), "shifts", shifts)).status()).isEqualTo(200);
        ZonedDateTime dayOff = inDays(3, LocalTime.MIDNIGHT);
        List<String> emails = new java.util.ArrayList<>();
        List<String> sessions = new java.util.ArrayList<>();
        List<String> clients = new java.util.ArrayList<>();
        for (LocalTime time : List.of(LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(12, 0))) {
            String email = "disrupted-" + UUID.randomUUID() + "@example.org";
            String clientId = registerClient(email);
            HttpResponseBody booked = bookWhenDirectoryArrived(clientId, riley, dayOff.with(time));
            assertThat(booked.status()).as(booked.json().toString()).isEqualTo(201);
            emails.add(email);
            clients.add(clientId);
            sessions.add(booked.text("id"));
        }

        assertThat(clinicNet.therapists().post("/therapists/" + riley + "/time-off", Map.of("from",
                dayOff.toInstant().toString(), "to", dayOff.plusDays(1).toInstant().toString(), "reason", "ill"))
                .status()).isEqualTo(201);

        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i);
            MimeMessage notice = await().atMost(WITHIN).until(() -> emailsTo(email).stream()
                    .filter(message -> subjectOf(message).contains("cannot go ahead as booked")).findFirst(),
                    java.util.Optional::isPresent).orElseThrow();
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("/sessions/([0-9a-f-]{36})/disruption")
                    .matcher(bodyOf(notice));
            assertThat(link.find()).as("the notice links to the session's disruption page").isTrue();
            String session = link.group(1);
            assertThat(session).isEqualTo(sessions.get(i));
            String client = clients.get(i);

            HttpResponseBody taken = clinicNet.booking(UUID.fromString(client))
                    .post("/sessions/" + session + "/disruption/alternatives/1", Map.of());

            assertThat(taken.status()).as(taken.json().toString()).isEqualTo(200);
            assertThat(java.time.OffsetDateTime.parse(taken.text("starts")).atZoneSameInstant(NEW_YORK).toLocalDate())
                    .as("not on Riley's day off").isNotEqualTo(dayOff.toLocalDate());
            await().atMost(WITHIN).until(() -> emailsTo(email).stream()
                    .anyMatch(message -> subjectOf(message).contains("has moved")));
        }
        for (int i = 0; i < sessions.size(); i++) {
            HttpResponseBody now = clinicNet.booking(UUID.fromString(clients.get(i))).get("/sessions/" + sessions.get(i));
            assertThat(now.text("status")).isEqualTo("BOOKED");
            assertThat(java.time.OffsetDateTime.parse(now.text("startsAt")).atZoneSameInstant(NEW_YORK).toLocalDate())
                    .isNotEqualTo(dayOff.toLocalDate());
        }
    }

    private static String registerClient(String email) {
        HttpResponseBody client = clinicNet.booking(UUID.randomUUID()).post("/clients", Map.of("name", "Sam Rivera", "email", email,
                "timeZone", "America/New_York", "language", "en", "preferredChannel", "EMAIL"));
        assertThat(client.status()).isEqualTo(201);
        return client.text("id");
    }

    /** Booking learns of new clinics and therapists from Kafka, a moment after they were created. */
    /** The first test to run may come before booking has read the specialty catalogue from Kafka. */
    private static HttpResponseBody intakeWhenCatalogueArrived(String clientId, Map<String, Object> intake) {
        return await().atMost(WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> clinicNet.booking(UUID.fromString(clientId)).post("/clients/" + clientId + "/intake",
                        intake), answer -> !answer.text("detail").startsWith("No specialty"));
    }

    private static HttpResponseBody bookWhenDirectoryArrived(String clientId, ZonedDateTime start) {
        return bookWhenDirectoryArrived(clientId, therapistId, start);
    }

    private static HttpResponseBody bookWhenDirectoryArrived(String clientId, String therapist, ZonedDateTime start) {
        Map<String, Object> request = Map.of("clientId", clientId, "therapistId", therapist, "clinicId", clinicId,
                "startsAt", start.toOffsetDateTime().toString(), "durationMinutes", 60);
        return await().atMost(WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> clinicNet.booking(UUID.fromString(clientId)).post("/sessions", request),
                        response -> response.status() != 422);
    }

    private static ZonedDateTime inDays(int days, LocalTime time) {
        return LocalDate.now(NEW_YORK).plusDays(days).atTime(time).atZone(NEW_YORK);
    }

    private static List<MimeMessage> awaitEmailsTo(String to) {
        return await().atMost(WITHIN).until(() -> emailsTo(to), emails -> !emails.isEmpty());
    }

    private static List<MimeMessage> emailsTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipientsOf(message).contains(to))
                .toList();
    }

    private static String recipientsOf(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text the client reads: the first part when the email also carries a calendar invite. */
    private static String bodyOf(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof jakarta.mail.Multipart parts ? String.valueOf(parts.getBodyPart(0).getContent())
                    : String.valueOf(content);
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
}
