package com.clinicnet.notification.contact;

import java.util.UUID;

/**
 * The erased client: what a notification row names instead of its client once that client was erased, or once the
 * row is older than the personal fields are kept. The row stays, so counts and the delivery log still add up, but it
 * no longer says whom it was for.
 */
public final class ErasedClient {

    /** The nil UUID ({@code 00000000-0000-0000-0000-000000000000}), which no client is ever given. */
    public static final UUID ID = new UUID(0L, 0L);

    private ErasedClient() {
    }
}
