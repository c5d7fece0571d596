package com.clinicnet.platform.transaction;

import java.util.function.IntSupplier;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Clean-up work done a bounded batch at a time, each batch in a transaction of its own, until a batch finds less
 * than a full batch left: locks are held briefly, and a failure loses one batch's work, never the rest. Each batch
 * must make progress (the rows it changed no longer match it), or this would not end.
 */
public final class InBatches {

    private InBatches() {
    }

    /**
     * Runs {@code batch} (which returns how many rows it changed, at most {@code batchSize}) until it changes fewer
     * than {@code batchSize}. A batch that finds the rest locked by another instance running the same job changes
     * fewer and ends this run: that instance is doing the rest.
     *
     * @return how many rows all batches changed
     */
    public static int repeat(TransactionOperations transactions, int batchSize, IntSupplier batch) {
        int total = 0;
        int changed;
        do {
            Integer inBatch = transactions.execute(status -> batch.getAsInt());
            changed = inBatch == null ? 0 : inBatch;
            total += changed;
        }
        while (changed >= batchSize);
        return total;
    }
}
