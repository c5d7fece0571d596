package com.clinicnet.booking.session;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.booking.intake.IntakeResponse;
import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Sessions")
@RestController
class SessionIntakeController {

    private final SessionIntakes intakes;

    SessionIntakeController(SessionIntakes intakes) {
        this.intakes = intakes;
    }

    @Operation(summary = "The intake of a session's client",
            description = "For its client, the front desk of its clinic, and its therapist from booking until shortly "
                    + "after it ends; every read is audited.")
    @GetMapping("/sessions/{id}/intake")
    IntakeResponse intakeOf(@AllowedRoles({ Role.CLIENT, Role.THERAPIST, Role.FRONT_DESK }) Caller caller,
            @PathVariable UUID id) {
        return IntakeResponse.of(intakes.forSession(caller, id));
    }
}
