package com.clinicnet.notification.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.notification.contact.Contact;

class MessageTemplatesTests {

    private final Contact maria = new Contact(UUID.randomUUID(), "Maria Costa", "maria@example.org", null,
            ZoneId.of("America/New_York"), "en", "EMAIL", false, null);

    @Test
    void a_confirmation_shows_the_session_in_the_clinic_zone_not_the_client_zone() {
        ScheduledNotification confirmation = confirmationOf(Instant.parse("2026-11-30T10:00:00Z"), "Europe/Berlin");

        OutgoingMessage message = MessageTemplates.render(confirmation, maria);

        assertThat(message.subject()).contains("Monday 30 November 2026 at 11:00");
        assertThat(message.body()).contains("Hello Maria Costa").contains("60-minute").contains("(Europe/Berlin time)");
    }

    @Test
    void on_the_day_clocks_go_back_the_confirmation_shows_the_winter_time() {
        // Berlin leaves summer time at 03:00 local (01:00 UTC) on 25 October 2026
        ScheduledNotification confirmation = confirmationOf(Instant.parse("2026-10-25T09:00:00Z"), "Europe/Berlin");

        assertThat(MessageTemplates.render(confirmation, maria).subject()).contains("Sunday 25 October 2026 at 10:00");
    }

    private static ScheduledNotification confirmationOf(Instant start, String zone) {
        return new ScheduledNotification(UUID.randomUUID(), NotificationKind.CONFIRMATION, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), Instant.now(), NotificationState.PENDING, start,
                ZoneId.of(zone), 60, null, null);
    }
}
