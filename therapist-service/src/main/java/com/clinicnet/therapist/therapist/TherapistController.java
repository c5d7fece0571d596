package com.clinicnet.therapist.therapist;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.Caller;

import jakarta.validation.Valid;

@RestController
@RequestMapping("/therapists")
class TherapistController {

    private final TherapistRoster roster;

    TherapistController(TherapistRoster roster) {
        this.roster = roster;
    }

    @PostMapping
    ResponseEntity<Therapist> register(Caller caller, @Valid @RequestBody TherapistRequest request) {
        Therapist therapist = roster.register(caller, request);
        return ResponseEntity.created(URI.create("/therapists/" + therapist.id())).body(therapist);
    }

    @GetMapping
    List<Therapist> atClinic(Caller caller, @RequestParam UUID clinicId) {
        return roster.atClinic(caller, clinicId);
    }

    @GetMapping("/{id}")
    Therapist find(Caller caller, @PathVariable UUID id) {
        return roster.find(caller, id);
    }
}
