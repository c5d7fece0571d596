package com.clinicnet.notification.contact;

import java.util.UUID;

/**
 * What another feature forgets of a client when the client is erased, in the transaction that forgets their contact:
 * the erasure is one change, and each feature clears only its own tables.
 */
public interface ClientErasureStep {

    void clientErased(UUID clientId);
}
