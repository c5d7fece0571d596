package com.clinicnet.booking.session;

/** An answer to a request with an Idempotency-Key, as first given and as given again to every retry. */
record IdempotentAnswer(int status, String location, String body) {
}
