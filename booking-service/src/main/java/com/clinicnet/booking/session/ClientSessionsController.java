package com.clinicnet.booking.session;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

@Tag(name = "Sessions")
@RestController
class ClientSessionsController {

    private final SessionLookup lookup;

    ClientSessionsController(SessionLookup lookup) {
        this.lookup = lookup;
    }

    @Operation(summary = "A client's sessions",
            description = "The client all of theirs; operations all (ids and times, no personal data); a front desk "
                    + "those at its clinics, of a client its clinics know.")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "FRONT_DESK", "OPS" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @GetMapping("/clients/{clientId}/sessions")
    List<SessionResponse> sessionsOf(Caller caller, @PathVariable UUID clientId) {
        return lookup.ofClient(caller, clientId).stream().map(SessionResponse::of).toList();
    }
}
