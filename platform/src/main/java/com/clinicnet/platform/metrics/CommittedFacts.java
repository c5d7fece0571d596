package com.clinicnet.platform.metrics;

import com.clinicnet.platform.transaction.AfterCommit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * Counts a business fact (a session booked, a follow-up raised) once the transaction that made it commits, so a
 * rolled-back booking is never counted. Outside a transaction it counts at once.
 */
public final class CommittedFacts {

    private final MeterRegistry meters;

    public CommittedFacts(MeterRegistry meters) {
        this.meters = meters;
    }

    public void count(String name, String description, Tags tags) {
        AfterCommit.run(() -> Counter.builder(name).description(description).tags(tags).register(meters).increment());
    }
}
