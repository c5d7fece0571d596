package com.clinicnet.notification.planning;

/**
 * Told by the planner when it may have planned a notification due now (a confirmation, a notice, a follow-up), so that
 * it goes out as soon as it is committed instead of at the next poll. Dispatch implements it: planning need not know
 * how, and does not depend on dispatch.
 */
public interface DueNowSignal {

    /** Once the current transaction commits: before, the new row cannot be claimed. */
    void dueNowOnceCommitted();
}
