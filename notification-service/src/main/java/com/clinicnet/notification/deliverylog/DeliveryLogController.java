package com.clinicnet.notification.deliverylog;

import java.util.List;
import java.util.UUID;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Delivery log", description = "What was sent to clients, when, and what failed")
@RestController
@Validated
class DeliveryLogController {

    private final DeliveryLog log;

    DeliveryLogController(DeliveryLog log) {
        this.log = log;
    }

    @Operation(summary = "Notifications sent or planned",
            description = "A front desk sees those of its clinics; operations and administrators all.")
    @GetMapping("/notifications")
    List<DeliveryLogEntry> entries(@AllowedRoles({ Role.FRONT_DESK, Role.OPS, Role.ADMIN }) Caller caller,
            @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) UUID sessionId,
            @RequestParam(required = false) @Pattern(regexp = "PENDING|SENT|FAILED|CANCELLED|SKIPPED") String state,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return log.entries(caller, clientId, sessionId, state, limit);
    }
}
