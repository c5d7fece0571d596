package com.clinicnet.notification.channel;

/**
 * A message ready for a channel; an SMS has no subject. An email may carry a calendar invite (RFC 5545 text, with its
 * METHOD). Never carries health details.
 */
public record OutgoingMessage(String subject, String body, CalendarInvite invite) {

    public OutgoingMessage(String subject, String body) {
        this(subject, body, null);
    }

    public OutgoingMessage withInvite(CalendarInvite calendarInvite) {
        return new OutgoingMessage(subject, body, calendarInvite);
    }

    /** An iCalendar object and the METHOD it carries (REQUEST or CANCEL), which its MIME type names too. */
    public record CalendarInvite(String ics, String method) {

        public String mediaType() {
            return "text/calendar; charset=UTF-8; method=" + method;
        }
    }
}
