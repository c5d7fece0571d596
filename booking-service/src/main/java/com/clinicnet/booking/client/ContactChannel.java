package com.clinicnet.booking.client;

/** How a client prefers to hear from the clinic. */
public enum ContactChannel {
    EMAIL,
    SMS
}
