package com.clinicnet.booking.client;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

@Tag(name = "Clients", description = "The clients of the network: contact details, language and preferred channel")
@RestController
@RequestMapping("/clients")
class ClientController {

    private final ClientRegistry registry;

    ClientController(ClientRegistry registry) {
        this.registry = registry;
    }

    @Operation(summary = "Register a client",
            description = "A client registers themselves (their token's subject is their id); a front desk registers "
                    + "one at one of its clinics.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the client",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClientResponse.class)))
    @ApiResponse(responseCode = "409", description = "This client is already registered")
    @ApiResponse(responseCode = "422", description = "A front desk must name one of its own clinics as the "
            + "registering clinic")
    @PostMapping
    ResponseEntity<ClientResponse> register(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @Valid @RequestBody ClientRequest request) {
        Client client = registry.register(caller, request);
        return ResponseEntity.created(URI.create("/clients/" + client.id())).body(ClientResponse.of(client));
    }

    /**
     * The front desk finds a client to book for: name, email or phone containing the text, among the clients its
     * clinics know, by name, at most 20.
     */
    @Operation(summary = "FRONT_DESK: clients known at its clinics whose name, email or phone contains the text "
            + "(ignoring case), by name, at most 20; other roles 403")
    @GetMapping
    List<ClientMatch> search(@AllowedRoles(Role.FRONT_DESK) Caller caller,
            @Parameter(description = "At least 2 characters of a name, an email or a phone number")
            @RequestParam String search) {
        return registry.search(caller, search).stream().map(ClientMatch::of).toList();
    }

    @Operation(summary = "Change a client's details")
    @PutMapping("/{id}")
    ClientResponse revise(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody ClientRequest request) {
        return ClientResponse.of(registry.revise(caller, id, request));
    }

    @Operation(summary = "A client")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "FRONT_DESK" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @GetMapping("/{id}")
    ClientResponse find(Caller caller, @PathVariable UUID id) {
        return ClientResponse.of(registry.find(caller, id));
    }
}
