package com.clinicnet.booking.client;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import jakarta.validation.Valid;

@RestController
@RequestMapping("/clients")
class ClientController {

    private final ClientRegistry registry;

    ClientController(ClientRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    ResponseEntity<ClientResponse> register(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @Valid @RequestBody ClientRequest request) {
        Client client = registry.register(caller, request);
        return ResponseEntity.created(URI.create("/clients/" + client.id())).body(ClientResponse.of(client));
    }

    @PutMapping("/{id}")
    ClientResponse revise(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody ClientRequest request) {
        return ClientResponse.of(registry.revise(caller, id, request));
    }

    @GetMapping("/{id}")
    ClientResponse find(Caller caller, @PathVariable UUID id) {
        return ClientResponse.of(registry.find(caller, id));
    }
}
