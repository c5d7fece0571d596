package com.clinicnet.notification.notification;

/** A message ready for a channel. Never carries health details. */
public record OutgoingMessage(String subject, String body) {
}
