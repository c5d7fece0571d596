package com.clinicnet.events;

import java.util.UUID;

/**
 * The erased client: the id that the rows a service keeps of an erased client (a clinic's sessions and plans, the
 * notifications sent) name instead of them, and that an event about such a row carries. It names nobody: no client
 * is ever given it.
 */
public final class ErasedClient {

    /** The nil UUID, {@code 00000000-0000-0000-0000-000000000000}. */
    public static final UUID ID = new UUID(0L, 0L);

    private ErasedClient() {
    }
}
