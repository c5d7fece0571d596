package com.clinicnet.booking.erasure;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

@Tag(name = "Clients")
@RestController
class ErasureController {

    private final ClientErasure erasure;

    ErasureController(ClientErasure erasure) {
        this.erasure = erasure;
    }

    @Operation(summary = "Erase a client",
            description = "Cancels their booked sessions, ends their plans and forgets their personal data and "
                    + "intake; what must be kept stays without a name.")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "FRONT_DESK" })
    @ApiResponse(responseCode = "204", description = "Erased")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @DeleteMapping("/clients/{id}")
    ResponseEntity<Void> erase(Caller caller, @PathVariable UUID id) {
        erasure.erase(caller, id);
        return ResponseEntity.noContent().build();
    }
}
