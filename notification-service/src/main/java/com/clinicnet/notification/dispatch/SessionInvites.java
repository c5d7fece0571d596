package com.clinicnet.notification.dispatch;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import com.clinicnet.notification.channel.OutgoingMessage.CalendarInvite;
import com.clinicnet.notification.planning.NotificationKind;
import com.clinicnet.notification.planning.ScheduledNotification;

/**
 * The calendar invite (RFC 5545, written by ical4j) a confirmation, a change notice or a cancellation notice carries:
 * one UID per session, so a calendar app updates the same entry; its SEQUENCE is the session's version, raised by
 * every change; a cancellation is METHOD:CANCEL. The time is the clinic's, with its zone's rules included
 * (VTIMEZONE). Nothing about the reason for the visit: a calendar is often shared. Plain Java.
 */
final class SessionInvites {

    private static final String PRODUCT = "-//ClinicNet//Notifications//EN";
    private static final String UID_DOMAIN = "@clinicnet";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** The invite of this notice, or none for a kind that carries none (or a session not known yet). */
    Optional<CalendarInvite> of(ScheduledNotification notification, long sequence, Visited where, Instant now) {
        if (notification.sessionId() == null || !carriesInvite(notification.kind())) {
            return Optional.empty();
        }
        boolean cancelled = notification.kind() == NotificationKind.CANCELLATION_NOTICE;
        ZonedDateTime starts = notification.sessionStartsAt().atZone(notification.clinicTimeZone());
        VEvent event = notification.visit().durationMinutes() > 0
                ? new VEvent(starts, starts.plusMinutes(notification.visit().durationMinutes()), where.summary())
                : new VEvent(starts, where.summary());
        event.add(new Uid(uidOf(notification.sessionId())));
        event.add(new Sequence((int) sequence));
        event.add(new DtStamp(now));
        where.location().ifPresent(location -> event.add(new Location(location)));
        if (cancelled) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(zones.getTimeZone(notification.clinicTimeZone().getId()).getVTimeZone());
        calendar.add(event);
        return Optional.of(new CalendarInvite(written(calendar), cancelled ? "CANCEL" : "REQUEST"));
    }

    static String uidOf(UUID sessionId) {
        return "session-" + sessionId + UID_DOMAIN;
    }

    private static boolean carriesInvite(NotificationKind kind) {
        return kind == NotificationKind.CONFIRMATION || kind == NotificationKind.CHANGE_NOTICE
                || kind == NotificationKind.CANCELLATION_NOTICE;
    }

    private static String written(Calendar calendar) {
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, ics);
        }
        catch (IOException e) {
            throw new IllegalStateException("A calendar invite could not be written", e);
        }
        return ics.toString();
    }

    /** What the invite says: its summary (the clinic and therapist) and where (the clinic's name and address). */
    record Visited(String summary, Optional<String> location) {
    }
}
