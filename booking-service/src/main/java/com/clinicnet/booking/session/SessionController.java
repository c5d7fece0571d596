package com.clinicnet.booking.session;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.Caller;

import jakarta.validation.Valid;

@RestController
@RequestMapping("/sessions")
class SessionController {

    private final SessionBooking booking;

    SessionController(SessionBooking booking) {
        this.booking = booking;
    }

    @PostMapping
    ResponseEntity<SessionResponse> book(Caller caller, @Valid @RequestBody SessionRequest request) {
        Session session = booking.book(caller, request);
        return ResponseEntity.created(URI.create("/sessions/" + session.id())).body(SessionResponse.of(session));
    }

    @GetMapping("/{id}")
    SessionResponse find(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(booking.find(caller, id));
    }
}
