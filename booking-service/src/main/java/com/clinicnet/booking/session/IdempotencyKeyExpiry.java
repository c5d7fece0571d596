package com.clinicnet.booking.session;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import com.clinicnet.platform.transaction.InBatches;

/**
 * Removes the stored answers to Idempotency-Keys once they are older than a retry could be (24 hours by default):
 * they name who booked what, and nobody needs them after that. Safe on every instance at once.
 */
@Component
class IdempotencyKeyExpiry {

    private final IdempotentRequests requests;
    private final TransactionOperations transactions;
    private final int batch;

    IdempotencyKeyExpiry(IdempotentRequests requests, TransactionOperations transactions,
            @Value("${clinicnet.booking.idempotency-keys.expire-batch}") int batch) {
        this.requests = requests;
        this.transactions = transactions;
        this.batch = batch;
    }

    /** Returns how many keys were removed. */
    @Scheduled(fixedDelayString = "${clinicnet.booking.idempotency-keys.expire-every}")
    int expireOldKeys() {
        return InBatches.repeat(transactions, batch, () -> requests.expire(batch));
    }
}
