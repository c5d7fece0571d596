package com.clinicnet.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import com.clinicnet.notification.channel.OutgoingMessage.CalendarInvite;
import com.clinicnet.notification.planning.NotificationKind;
import com.clinicnet.notification.planning.ScheduledNotification;
import com.clinicnet.notification.planning.Visit;

/** Maria's calendar app keeps one entry for her session: added when booked, moved when moved, gone when cancelled. */
class SessionInvitesTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final SessionInvites.Visited BAIXA = new SessionInvites.Visited("ClinicNet: session with Ana at Baixa",
            Optional.of("Lisboa Baixa, Rua Augusta 1"));
    private final SessionInvites invites = new SessionInvites();
    private final UUID session = UUID.randomUUID();

    @Test
    void a_confirmation_invites_to_the_session_in_the_clinics_zone_with_its_address() throws Exception {
        Calendar calendar = parsed(invite(NotificationKind.CONFIRMATION, "2026-12-10T10:00:00Z", 1));

        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(event, Property.UID)).isEqualTo("session-" + session + "@clinicnet");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Lisboa Baixa, Rua Augusta 1");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("ClinicNet: session with Ana at Baixa");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString()).contains("TZID=Europe/Lisbon")
                .contains("20261210T100000");
        assertThat(event.getProperty(Property.DTEND).orElseThrow().toString()).contains("20261210T110000");
        assertThat(calendar.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow()
                .getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Lisbon");
    }

    @Test
    void a_move_keeps_the_uid_and_raises_the_sequence() throws Exception {
        Calendar booked = parsed(invite(NotificationKind.CONFIRMATION, "2026-12-10T10:00:00Z", 1));
        Calendar moved = parsed(invite(NotificationKind.CHANGE_NOTICE, "2026-12-11T15:00:00Z", 2));

        assertThat(uid(moved)).isEqualTo(uid(booked));
        assertThat(value(moved.getComponent("VEVENT").orElseThrow(), Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(moved, Property.METHOD)).isEqualTo("REQUEST");
    }

    @Test
    void a_cancellation_cancels_the_same_entry() throws Exception {
        CalendarInvite cancel = invite(NotificationKind.CANCELLATION_NOTICE, "2026-12-10T10:00:00Z", 3);
        Calendar calendar = parsed(cancel);

        assertThat(cancel.method()).isEqualTo("CANCEL");
        assertThat(cancel.mediaType()).contains("method=CANCEL");
        assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(value(calendar.getComponent("VEVENT").orElseThrow(), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(calendar.getComponent("VEVENT").orElseThrow(), Property.SEQUENCE)).isEqualTo("3");
    }

    @Test
    void on_the_sunday_clocks_go_forward_the_clinics_local_time_is_kept() throws Exception {
        // 29 March 2026, Lisbon: 10:00 local is 09:00 UTC (summer time began at 01:00 UTC)
        Calendar calendar = parsed(invite(NotificationKind.CONFIRMATION, "2026-03-29T09:00:00Z", 1));

        assertThat(calendar.getComponent("VEVENT").orElseThrow().getProperty(Property.DTSTART).orElseThrow()
                .toString()).contains("20260329T100000");
    }

    @Test
    void a_reminder_or_a_follow_up_carries_no_invite() {
        assertThat(invites.of(of(NotificationKind.REMINDER, "2026-12-10T10:00:00Z"), 1, BAIXA, Instant.now()))
                .isEmpty();
        assertThat(invites.of(of(NotificationKind.FOLLOW_UP, "2026-12-10T10:00:00Z"), 1, BAIXA, Instant.now()))
                .isEmpty();
    }

    private CalendarInvite invite(NotificationKind kind, String start, long sequence) {
        return invites.of(of(kind, start), sequence, BAIXA, Instant.parse("2026-12-01T09:00:00Z")).orElseThrow();
    }

    private ScheduledNotification of(NotificationKind kind, String start) {
        Visit visit = new Visit(UUID.randomUUID(), kind == NotificationKind.FOLLOW_UP ? null : session,
                UUID.randomUUID(), UUID.randomUUID(), Instant.parse(start), LISBON,
                kind == NotificationKind.CANCELLATION_NOTICE ? 0 : 60);
        return ScheduledNotification.dueNow(kind, UUID.randomUUID(), Instant.now(), visit);
    }

    private static Calendar parsed(CalendarInvite invite) throws Exception {
        return new CalendarBuilder().build(new StringReader(invite.ics()));
    }

    private static String uid(Calendar calendar) {
        return value(calendar.getComponent("VEVENT").orElseThrow(), Property.UID);
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).orElseThrow().getValue();
    }
}
