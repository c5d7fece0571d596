package com.clinicnet.booking.erasure;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.Caller;

@RestController
class ErasureController {

    private final ClientErasure erasure;

    ErasureController(ClientErasure erasure) {
        this.erasure = erasure;
    }

    @DeleteMapping("/clients/{id}")
    ResponseEntity<Void> erase(Caller caller, @PathVariable UUID id) {
        erasure.erase(caller, id);
        return ResponseEntity.noContent().build();
    }
}
