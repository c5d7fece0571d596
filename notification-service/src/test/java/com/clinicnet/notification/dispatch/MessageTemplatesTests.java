package com.clinicnet.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.clinicnet.notification.channel.Channel;
import com.clinicnet.notification.channel.OutgoingMessage;
import com.clinicnet.notification.contact.Contact;
import com.clinicnet.notification.planning.NotificationKind;
import com.clinicnet.notification.planning.ScheduledNotification;
import com.clinicnet.notification.planning.Visit;

class MessageTemplatesTests {

    private static final List<String> LANGUAGES = List.of("en", "pt");
    private final MessageTemplates templates = MessageTemplates.load(LANGUAGES);

    @Test
    void a_confirmation_shows_the_session_in_the_clinic_zone_not_the_client_zone() {
        OutgoingMessage message = email(confirmationAt("2026-11-30T10:00:00Z", "Europe/Berlin"), client("en"));

        assertThat(message.subject()).contains("Monday 30 November 2026 at 11:00 (Europe/Berlin time)");
        assertThat(message.body()).contains("Hello Maria Costa").contains("with Ana at Lisboa Baixa");
    }

    @Test
    void on_the_day_clocks_go_back_the_confirmation_shows_the_winter_time() {
        // Berlin leaves summer time at 03:00 local (01:00 UTC) on 25 October 2026
        OutgoingMessage message = email(confirmationAt("2026-10-25T09:00:00Z", "Europe/Berlin"), client("en"));

        assertThat(message.subject()).contains("Sunday 25 October 2026 at 10:00");
    }

    @Test
    void on_the_day_clocks_go_forward_the_reminder_shows_the_summer_time() {
        // Lisbon moves to summer time at 01:00 UTC on 28 March 2027
        OutgoingMessage message = email(of(NotificationKind.REMINDER, "2027-03-28T09:00:00Z", "Europe/Lisbon"),
                client("en"));

        assertThat(message.subject()).contains("Sunday 28 March 2027 at 10:00");
    }

    @Test
    void a_portuguese_speaking_client_reads_the_message_in_portuguese_with_portuguese_dates() {
        OutgoingMessage message = email(confirmationAt("2026-12-04T17:30:00Z", "Europe/Lisbon"), client("pt-PT"));

        assertThat(message.subject()).isEqualTo(
                "A sua sessão ClinicNet de sexta-feira, 4 de dezembro de 2026, às 17:30 (hora de Europe/Lisbon) está marcada");
        assertThat(message.body()).startsWith("Olá Maria Costa,").contains("Referência:");
    }

    @Test
    void a_client_whose_language_has_no_templates_reads_english() {
        OutgoingMessage message = email(confirmationAt("2026-12-04T17:30:00Z", "Europe/Lisbon"), client("fi"));

        assertThat(message.subject()).startsWith("Your ClinicNet session on Friday 4 December 2026");
    }

    @Test
    void an_sms_is_one_short_text_without_subject_or_reference() {
        ScheduledNotification reminder = of(NotificationKind.REMINDER, "2026-12-04T17:30:00Z", "Europe/Lisbon");

        OutgoingMessage sms = templates.render(reminder, Channel.SMS, client("en"), Optional.of("Lisboa Baixa"),
                Optional.of("Ana"));

        assertThat(sms.subject()).isNull();
        assertThat(sms.body()).startsWith("ClinicNet reminder: your session with Ana at Lisboa Baixa is on Fri 4 Dec at 17:30")
                .doesNotContain(reminder.sessionId().toString()).hasSizeLessThanOrEqualTo(160);
    }

    @Test
    void a_reminder_by_email_carries_the_links_to_confirm_cancel_or_move_the_session() {
        ScheduledNotification reminder = of(NotificationKind.REMINDER, "2026-12-04T17:30:00Z", "Europe/Lisbon");
        MessageLinks links = new MessageLinks("https://clinicnet.example/sessions",
                "https://clinicnet.example/replies/confirm-token", "https://clinicnet.example/replies/cancel-token",
                "https://clinicnet.example/sessions/1/reschedule");

        OutgoingMessage message = templates.render(reminder, Channel.EMAIL, client("pt"), Optional.of("Lisboa Baixa"),
                Optional.of("Ana"), List.of(), links);

        assertThat(message.body()).contains("Confirme com um clique: https://clinicnet.example/replies/confirm-token")
                .contains("Cancele: https://clinicnet.example/replies/cancel-token")
                .contains("Mude-a: https://clinicnet.example/sessions/1/reschedule");
    }

    @Test
    void a_reminder_by_sms_asks_for_c_or_x_in_reply() {
        ScheduledNotification reminder = of(NotificationKind.REMINDER, "2026-12-04T17:30:00Z", "Europe/Lisbon");

        OutgoingMessage sms = templates.render(reminder, Channel.SMS, client("pt"), Optional.of("Baixa"),
                Optional.of("Ana"));

        assertThat(sms.body()).endsWith("Responda C para confirmar ou X para cancelar.").hasSizeLessThanOrEqualTo(160);
    }

    @Test
    void before_the_clinic_name_is_known_the_message_says_your_clinic() {
        OutgoingMessage message = templates.render(confirmationAt("2026-12-04T17:30:00Z", "Europe/Lisbon"),
                Channel.EMAIL, client("en"), Optional.empty(), Optional.empty());

        assertThat(message.body()).contains("with your therapist at your clinic");
    }

    @Test
    void a_follow_up_names_the_day_the_next_session_is_due_by() {
        OutgoingMessage message = email(of(NotificationKind.FOLLOW_UP, "2026-12-09T00:00:00Z", "Europe/Lisbon"),
                client("en"));

        assertThat(message.body()).contains("due by Wednesday 9 December 2026. Book it with Ana");
    }

    @Test
    void every_template_of_every_language_uses_only_the_allowed_fields() throws IOException {
        for (String language : LANGUAGES) {
            Properties words = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(MessageTemplates.resourceOf(language))) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            words.stringPropertyNames().stream().filter(key -> !key.startsWith("format."))
                    .forEach(key -> assertThat(MessageTemplates.placeholdersIn(words.getProperty(key)))
                            .as("%s in %s", key, language).isSubsetOf(MessageTemplates.ALLOWED_FIELDS));
        }
    }

    @Test
    void the_fields_a_message_can_be_given_are_exactly_the_allowed_ones() {
        assertThat(Arrays.stream(MessageFields.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet())).isEqualTo(MessageTemplates.ALLOWED_FIELDS);
    }

    @Test
    void a_template_that_names_a_health_detail_is_refused_when_the_templates_load() {
        Properties words = englishWords();
        words.setProperty("reminder.sms", "Reminder of your session for {concern} on {time}");

        assertThatThrownBy(() -> MessageTemplates.of(Map.of("en", words)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{concern}");
    }

    @Test
    void a_disruption_notice_in_portuguese_lists_each_time_offered_in_its_own_clinics_zone_and_where_to_choose() {
        ScheduledNotification notice = of(NotificationKind.DISRUPTION_NOTICE, "2026-12-10T10:00:00Z", "Europe/Lisbon");
        List<OfferedTime> offers = List.of(
                new OfferedTime(Instant.parse("2026-12-10T12:00:00Z").atZone(ZoneId.of("Europe/Lisbon")),
                        Optional.of("Ana"), Optional.of("Lisboa Baixa")),
                new OfferedTime(Instant.parse("2026-12-10T12:00:00Z").atZone(ZoneId.of("Atlantic/Madeira")),
                        Optional.of("Rui"), Optional.empty()));

        OutgoingMessage message = templates.render(notice, Channel.EMAIL, client("pt"), Optional.of("Lisboa Baixa"),
                Optional.of("Ana"), offers, MessageLinks.toPage("https://clinicnet.example/sessions"));

        assertThat(message.subject()).startsWith("A sua sessão ClinicNet de quinta-feira, 10 de dezembro de 2026");
        assertThat(message.body()).contains("nada é cancelado sem si")
                .contains("- quinta-feira, 10 de dezembro de 2026, às 12:00 (hora de Europe/Lisbon), com Ana em Lisboa Baixa\n"
                        + "- quinta-feira, 10 de dezembro de 2026, às 12:00 (hora de Atlantic/Madeira), com Rui em a sua clínica")
                .contains("em https://clinicnet.example/sessions");
    }

    @Test
    void a_disruption_notice_by_sms_offers_the_times_in_one_short_list() {
        ScheduledNotification notice = of(NotificationKind.DISRUPTION_NOTICE, "2026-12-10T10:00:00Z", "Europe/Lisbon");
        List<OfferedTime> offers = List.of(new OfferedTime(Instant.parse("2026-12-10T12:00:00Z")
                .atZone(ZoneId.of("Europe/Lisbon")), Optional.of("Ana"), Optional.of("Baixa")));

        OutgoingMessage sms = templates.render(notice, Channel.SMS, client("en"), Optional.of("Baixa"),
                Optional.of("Ana"), offers, MessageLinks.toPage("https://clinicnet.example/sessions"));

        assertThat(sms.subject()).isNull();
        assertThat(sms.body()).isEqualTo("ClinicNet: Ana can no longer see you on Thu 10 Dec at 10:00. Free instead: "
                + "Thu 10 Dec at 12:00 Ana, Baixa. Choose or cancel at https://clinicnet.example/sessions or call your clinic.");
    }

    @Test
    void a_disruption_notice_with_no_time_free_says_the_clinic_will_be_in_touch() {
        OutgoingMessage message = templates.render(of(NotificationKind.DISRUPTION_NOTICE, "2026-12-10T10:00:00Z",
                "Europe/Lisbon"), Channel.EMAIL, client("en"), Optional.of("Baixa"), Optional.of("Ana"), List.of(),
                MessageLinks.toPage("https://clinicnet.example/sessions"));

        assertThat(message.body()).contains("We are looking for another time for you and will be in touch.");
    }

    @Test
    void a_language_missing_a_template_is_refused_when_the_templates_load() {
        Properties words = englishWords();
        words.remove("plan_closing.sms");

        assertThatThrownBy(() -> MessageTemplates.of(Map.of("en", words)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plan_closing.sms");
    }

    private Properties englishWords() {
        Properties words = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream(MessageTemplates.resourceOf("en"))) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return words;
    }

    private OutgoingMessage email(ScheduledNotification notification, Contact contact) {
        return templates.render(notification, Channel.EMAIL, contact, Optional.of("Lisboa Baixa"), Optional.of("Ana"));
    }

    private static Contact client(String language) {
        return new Contact(UUID.randomUUID(), "Maria Costa", "maria@example.org", null,
                ZoneId.of("America/New_York"), language, "EMAIL", false, null);
    }

    private static ScheduledNotification confirmationAt(String start, String zone) {
        return of(NotificationKind.CONFIRMATION, start, zone);
    }

    private static ScheduledNotification of(NotificationKind kind, String start, String zone) {
        Visit visit = new Visit(UUID.randomUUID(), kind == NotificationKind.FOLLOW_UP ? null : UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), Instant.parse(start), ZoneId.of(zone), 60);
        return ScheduledNotification.dueNow(kind, UUID.randomUUID(), Instant.now(), visit);
    }
}
