package com.clinicnet.booking.session;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.platform.security.Caller;

import tools.jackson.databind.json.JsonMapper;

/**
 * Books at most once per Idempotency-Key: a retry (even concurrent) gets the first answer, byte for byte. The key,
 * the booking and the answer kept for retries commit together, or none of them does.
 */
@Service
class IdempotentBooking {

    private final IdempotentRequests requests;
    private final SessionBooking booking;
    private final JsonMapper json;

    IdempotentBooking(IdempotentRequests requests, SessionBooking booking, JsonMapper json) {
        this.requests = requests;
        this.booking = booking;
        this.json = json;
    }

    /** The first answer to this key, or the booking's, as {@code answer} (the web layer's) puts it. */
    @Transactional
    IdempotentAnswer bookOnce(Caller caller, String idempotencyKey, SessionRequest request,
            Function<Session, IdempotentAnswer> answer) {
        Optional<IdempotentRequests.StoredAnswer> stored = requests.claim(caller.subject(), idempotencyKey,
                json.writeValueAsString(request));
        if (stored.isPresent()) {
            return new IdempotentAnswer(stored.get().status(), stored.get().location(), stored.get().response());
        }
        IdempotentAnswer first = answer.apply(booking.book(caller, request));
        requests.remember(caller.subject(), idempotencyKey, first.status(), first.location(), first.body());
        return first;
    }
}
