package com.clinicnet.booking.plan;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import jakarta.validation.Valid;

@RestController
class PlanController {

    private final TreatmentPlans plans;

    PlanController(TreatmentPlans plans) {
        this.plans = plans;
    }

    @PostMapping("/treatment-plans")
    ResponseEntity<TreatmentPlan> start(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @Valid @RequestBody PlanRequest request) {
        TreatmentPlan plan = plans.start(caller, request);
        return ResponseEntity.created(URI.create("/treatment-plans/" + plan.id())).body(plan);
    }

    @GetMapping("/treatment-plans/{id}")
    TreatmentPlan find(Caller caller, @PathVariable UUID id) {
        return plans.find(caller, id);
    }

    @GetMapping("/clients/{clientId}/treatment-plans")
    List<TreatmentPlan> ofClient(Caller caller, @PathVariable UUID clientId) {
        return plans.ofClient(caller, clientId);
    }
}
