package com.clinicnet.booking.client;

import java.util.UUID;

/**
 * The client that the rows a clinic keeps for its books (sessions, plans) point to once their own client is erased:
 * they still add up, and none of them names the person any more.
 */
public final class ErasedClient {

    public static final UUID ID = new UUID(0, 0);

    private ErasedClient() {
    }
}
