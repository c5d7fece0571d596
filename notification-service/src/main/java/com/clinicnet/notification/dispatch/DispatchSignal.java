package com.clinicnet.notification.dispatch;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import com.clinicnet.notification.planning.DueNowSignal;
import com.clinicnet.platform.transaction.AfterCommit;

/**
 * Tells this instance's dispatcher that something due now was just planned, so a confirmation goes out as soon as it
 * is committed instead of at the next poll (the poll was most of a confirmation's delay:
 * docs/decisions/0009). Signals that arrive while the dispatcher works are merged into one more round.
 */
@Component
class DispatchSignal implements DueNowSignal {

    private final Semaphore signalled = new Semaphore(0);

    /** Once the current transaction commits: before, the dispatcher's claim could not see the new row. */
    @Override
    public void dueNowOnceCommitted() {
        AfterCommit.run(signalled::release);
    }

    /** Waits until signalled or until the poll is due; true when signalled. */
    boolean awaitSignal(Duration atMost) throws InterruptedException {
        boolean signal = signalled.tryAcquire(atMost.toNanos(), TimeUnit.NANOSECONDS);
        signalled.drainPermits();
        return signal;
    }

    /** Ends a wait at once, e.g. to stop. */
    void interruptWait() {
        signalled.release();
    }
}
