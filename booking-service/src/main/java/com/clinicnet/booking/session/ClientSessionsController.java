package com.clinicnet.booking.session;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.Caller;

@RestController
class ClientSessionsController {

    private final SessionLookup lookup;

    ClientSessionsController(SessionLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/clients/{clientId}/sessions")
    List<SessionResponse> sessionsOf(Caller caller, @PathVariable UUID clientId) {
        return lookup.ofClient(caller, clientId).stream().map(SessionResponse::of).toList();
    }
}
