package com.clinicnet.notification.notification;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.clinicnet.notification.contact.Contact;

/**
 * The words of each notification. Times are shown in the clinic's zone, where the client will be. Only ids,
 * times and the client's name are used: no concern, pain or condition can reach a message.
 */
public final class MessageTemplates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private MessageTemplates() {
    }

    public static OutgoingMessage render(ScheduledNotification notification, Contact contact) {
        String when = when(notification);
        String zone = " (" + notification.clinicTimeZone().getId() + " time)";
        return switch (notification.kind()) {
            case CONFIRMATION -> confirmation(notification, contact);
            case REMINDER -> new OutgoingMessage("Reminder: your ClinicNet session on " + when,
                    greeting(contact) + "this is a reminder of your session on " + when + zone + ".\n\n"
                            + HOW_TO_CANCEL + signature(notification));
            case CHANGE_NOTICE -> new OutgoingMessage("Your ClinicNet session has moved to " + when,
                    greeting(contact) + "your session has been moved to " + when + zone + ".\n\n"
                            + HOW_TO_CANCEL + signature(notification));
            case FOLLOW_UP -> new OutgoingMessage("Time to book the next session of your treatment plan",
                    greeting(contact) + "the next session of your treatment plan is due by "
                            + DAY.format(notification.sessionStartsAt().atZone(notification.clinicTimeZone()))
                            + ". Book it with your therapist in the ClinicNet app or at the front desk of your clinic, "
                            + "so your treatment stays on track.\n\nYour ClinicNet team\n");
            case PLAN_CLOSING -> new OutgoingMessage("Your treatment plan is complete",
                    greeting(contact) + "you have completed every session of your treatment plan. Thank you for your "
                            + "trust. If anything comes back, we are here to help.\n\nYour ClinicNet team\n");
            case CANCELLATION_NOTICE -> new OutgoingMessage("Your ClinicNet session on " + when + " is cancelled",
                    greeting(contact) + "your session on " + when + zone + " has been cancelled.\n\n"
                            + "You are welcome to book another time whenever it suits you.\n\n" + signature(notification));
        };
    }

    private static final String HOW_TO_CANCEL = "If you cannot come, cancel or move the session in good time.\n\n";

    private static String when(ScheduledNotification notification) {
        ZonedDateTime start = notification.sessionStartsAt().atZone(notification.clinicTimeZone());
        return DAY.format(start) + " at " + TIME.format(start);
    }

    private static String greeting(Contact contact) {
        return "Hello " + contact.name() + ",\n\n";
    }

    private static String signature(ScheduledNotification notification) {
        return "Your ClinicNet team\nReference: " + notification.sessionId() + "\n";
    }

    private static OutgoingMessage confirmation(ScheduledNotification notification, Contact contact) {
        ZonedDateTime start = notification.sessionStartsAt().atZone(notification.clinicTimeZone());
        String when = DAY.format(start) + " at " + TIME.format(start);
        return new OutgoingMessage("Your ClinicNet session on " + when + " is booked",
                "Hello " + contact.name() + ",\n\n"
                        + "your " + notification.durationMinutes() + "-minute session is booked for " + when
                        + " (" + notification.clinicTimeZone().getId() + " time).\n\n"
                        + "Please arrive a few minutes early. If you cannot come, cancel or move the session "
                        + "in good time.\n\n"
                        + "Your ClinicNet team\n"
                        + "Reference: " + notification.sessionId() + "\n");
    }
}
