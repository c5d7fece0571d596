package com.clinicnet.notification.planning;

import com.clinicnet.events.ErasedClient;

/**
 * What in a notification row says whom it was for: the client's id, the reason (a provider's refusal may quote the
 * address) and the trace parent (it leads to the traces of the client's own requests). Erasure and the retention of
 * delivered notifications clear the same fields, so they are named once.
 */
final class NotificationClientFields {

    /** The SET list of an UPDATE of {@code notification} that makes a row name nobody. */
    static final String CLEARED = "client_id = '" + ErasedClient.ID + "', reason = NULL, trace_parent = NULL";

    private NotificationClientFields() {
    }
}
