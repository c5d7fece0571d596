package com.clinicnet.booking.session;

import io.swagger.v3.oas.annotations.media.Schema;

/** The optional body of a cancellation: why. No body, or no reason, cancels as before. */
record CancelRequest(
        @Schema(description = "Why the session is cancelled; an unknown code is a 400 naming reason",
                nullable = true) CancellationReason reason) {
}
