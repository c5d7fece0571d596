package com.clinicnet.notification.channel;

/** A message ready for a channel; an SMS has no subject. Never carries health details. */
public record OutgoingMessage(String subject, String body) {
}
