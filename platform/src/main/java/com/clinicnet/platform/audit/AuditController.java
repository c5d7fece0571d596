package com.clinicnet.platform.audit;

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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The trail, newest first, for operators and administrators: everyone else may not learn who did what. */
@Tag(name = "Audit trail", description = "Who booked, changed or read what")
@RestController
@Validated
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "Entries of the audit trail",
            description = "Newest first, of one object or all.")
    @GetMapping("/audit")
    List<AuditEntry> entries(@AllowedRoles({ Role.OPS, Role.ADMIN }) Caller caller,
            @RequestParam(required = false) UUID objectId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return trail.about(objectId, limit);
    }
}
