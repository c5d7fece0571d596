package com.clinicnet.platform.transaction;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something that must only follow a committed change (a metric, a log line) once the transaction commits, and
 * never for one rolled back; outside a transaction, at once. A plain synchronization rather than a
 * {@code @TransactionalEventListener}, which Spring Modulith's outbox would store and complete with a second
 * connection per commit.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
