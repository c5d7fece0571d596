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

/** The trail, newest first, for operators and administrators: everyone else may not learn who did what. */
@RestController
@Validated
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    List<AuditEntry> entries(@AllowedRoles({ Role.OPS, Role.ADMIN }) Caller caller,
            @RequestParam(required = false) UUID objectId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return trail.about(objectId, limit);
    }
}
