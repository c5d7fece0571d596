package com.clinicnet.booking.session;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.booking.intake.IntakeResponse;
import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

@RestController
class SessionIntakeController {

    private final SessionIntakes intakes;

    SessionIntakeController(SessionIntakes intakes) {
        this.intakes = intakes;
    }

    @GetMapping("/sessions/{id}/intake")
    IntakeResponse intakeOf(@AllowedRoles({ Role.CLIENT, Role.THERAPIST, Role.FRONT_DESK }) Caller caller,
            @PathVariable UUID id) {
        return IntakeResponse.of(intakes.forSession(caller, id));
    }
}
