package com.clinicnet.booking.intake;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import jakarta.validation.Valid;

@RestController
class IntakeController {

    private final IntakeRecords intakes;

    IntakeController(IntakeRecords intakes) {
        this.intakes = intakes;
    }

    @PostMapping("/clients/{clientId}/intake")
    @ResponseStatus(HttpStatus.CREATED)
    IntakeResponse record(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller, @PathVariable UUID clientId,
            @Valid @RequestBody IntakeRequest request) {
        return IntakeResponse.of(intakes.record(caller, clientId, request));
    }

    @GetMapping("/clients/{clientId}/intake")
    IntakeResponse find(Caller caller, @PathVariable UUID clientId) {
        return IntakeResponse.of(intakes.find(caller, clientId));
    }
}
