package com.clinicnet.booking.client;

/** How a client prefers to hear from the clinic. */
enum ContactChannel {
    EMAIL,
    SMS
}
