package com.clinicnet.booking.session;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

import com.clinicnet.platform.problem.ConflictException;

/**
 * Runs a change to sessions again, in a new transaction, when PostgreSQL aborted it to break a deadlock. Two
 * sessions that exclude each other (the same therapist or room at overlapping times), written at the same moment,
 * each reach the other's row while checking the exclusion constraint and wait for the other to finish: PostgreSQL
 * aborts one of them (40P01). That one lost only its turn: run again, it finds the other's row committed and is
 * refused with a 409, or books if the other rolled back. Should it lose its turn every time, the client gets the
 * 409 of a slot taken at the same moment, never a 500.
 *
 * <p>Call it outside the change's transaction (from the controller), so that each try is a transaction of its own.
 */
@Component
class DeadlockRetry {

    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);
    private static final int RETRIES = 3;

    private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
            .includes(PessimisticLockingFailureException.class)
            .maxRetries(RETRIES)
            // the winner commits within milliseconds; the jitter keeps two victims from meeting again
            .delay(Duration.ofMillis(20)).jitter(Duration.ofMillis(20)).multiplier(2)
            .build());

    DeadlockRetry() {
        retry.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> change) {
                // rare even in a rush: the line tells operators how often bookings collide like this
                log.info("A session change was aborted by PostgreSQL to break a deadlock; trying it again");
            }
        });
    }

    <T> T retried(Supplier<T> change) {
        try {
            return retry.execute(change::get);
        }
        catch (RetryException e) {
            Throwable last = e.getLastException();
            if (last instanceof PessimisticLockingFailureException) {
                log.warn("A session change lost {} deadlocks in a row: {}", RETRIES + 1, last.getMessage());
                throw new ConflictException("Other bookings of that time were being written at the same moment; "
                        + "please try again");
            }
            if (last instanceof RuntimeException refused) {
                throw refused;
            }
            if (last instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(last);
        }
    }
}
