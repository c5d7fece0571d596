package com.clinicnet.booking.waitlist;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.booking.session.BookedSession;
import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Waitlist", description = "Clients waiting for a time, and the freed times held for them")
@RestController
class WaitlistController {

    private final Waitlist waitlist;
    private final WaitlistOffers offers;

    WaitlistController(Waitlist waitlist, WaitlistOffers offers) {
        this.waitlist = waitlist;
        this.offers = offers;
    }

    @Operation(summary = "Join a waitlist",
            description = "For a concern or one therapist, at a clinic or in a city, on some weekdays between two "
                    + "times of the clinic's clock. When a time that suits frees, the first client in line is sent "
                    + "an offer and the time is held for them. The client themselves, or the front desk of a clinic "
                    + "that knows them.")
    @ApiResponse(responseCode = "201", description = "In line; Location names the place")
    @ApiResponse(responseCode = "409", description = "The client already waits in as many lines as one may")
    @ApiResponse(responseCode = "422", description = "The wish cannot be met (no such clinic, therapist or "
            + "concern; both or neither of concern and therapist, or of clinic and city; a red flag in the intake)")
    @PostMapping("/waitlist")
    ResponseEntity<EntryResponse> join(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @Valid @RequestBody WaitlistRequest request) {
        WaitlistEntry entry = waitlist.join(caller, request);
        return ResponseEntity.created(URI.create("/waitlist/" + entry.id())).body(response(entry, null));
    }

    @Operation(summary = "A client's places in line, each with its latest offer",
            description = "Newest first. The client themselves, or the front desk of a clinic that knows them.")
    @GetMapping("/clients/{clientId}/waitlist")
    List<EntryResponse> entriesOf(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @PathVariable UUID clientId) {
        List<WaitlistEntry> entries = waitlist.entriesOf(caller, clientId);
        Map<UUID, WaitlistOffer> latest = waitlist.latestOffersOf(entries).stream()
                .collect(Collectors.toMap(WaitlistOffer::entryId, Function.identity()));
        return entries.stream().map(entry -> response(entry, latest.get(entry.id()))).toList();
    }

    @Operation(summary = "Leave a waitlist",
            description = "A time held for the client at that moment goes to the next in line. Leaving twice "
                    + "answers the same.")
    @ApiResponse(responseCode = "204", description = "Out of line")
    @ApiResponse(responseCode = "409", description = "The client already took a time from this place in line")
    @DeleteMapping("/waitlist/{id}")
    ResponseEntity<Void> leave(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @PathVariable UUID id) {
        waitlist.leave(caller, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A time held for a waiting client")
    @GetMapping("/waitlist/offers/{id}")
    OfferResponse offer(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller, @PathVariable UUID id) {
        return response(offers.find(caller, id));
    }

    @Operation(summary = "Take a held time",
            description = "The held session becomes the client's booked session (confirmed as any booking is) and "
                    + "they leave the line. Taken again, it answers the same session.")
    @ApiResponse(responseCode = "200", description = "Booked")
    @ApiResponse(responseCode = "409", description = "The hold ran out (the time went to the next in line), the "
            + "offer was declined, or the therapist no longer works then")
    @PostMapping("/waitlist/offers/{id}/take")
    TakenResponse take(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller, @PathVariable UUID id) {
        BookedSession booked = offers.take(caller, id);
        return new TakenResponse(booked.id(), booked.therapistId(), booked.clinicId(),
                at(booked.startsAt(), booked.clinicTimeZone()), at(booked.endsAt(), booked.clinicTimeZone()),
                booked.clinicTimeZone().getId());
    }

    @Operation(summary = "Decline a held time",
            description = "The time goes to the next in line; the client keeps their place for another time.")
    @ApiResponse(responseCode = "204", description = "Declined")
    @ApiResponse(responseCode = "409", description = "The offer was already taken, or the hold ran out")
    @PostMapping("/waitlist/offers/{id}/decline")
    ResponseEntity<Void> decline(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @PathVariable UUID id) {
        offers.decline(caller, id);
        return ResponseEntity.noContent().build();
    }

    private static EntryResponse response(WaitlistEntry entry, WaitlistOffer latest) {
        return new EntryResponse(entry.id(), entry.clientId(), entry.concern(), entry.therapistId(), entry.clinicId(),
                entry.city(), entry.hours().days(), entry.hours().earliest(), entry.hours().latest(),
                (int) entry.length().toMinutes(), entry.state().name(), entry.joinedAt(),
                latest == null ? null : response(latest));
    }

    private static OfferResponse response(WaitlistOffer offer) {
        ZoneId zone = offer.clinicTimeZone();
        return new OfferResponse(offer.id(), offer.entryId(), offer.sessionId(), offer.therapistId(), offer.clinicId(),
                at(offer.startsAt(), zone), at(offer.endsAt(), zone), zone.getId(), at(offer.heldUntil(), zone),
                offer.state().name());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    /** A place in line, with its latest offer (null: none yet). */
    record EntryResponse(UUID id, UUID clientId, String concern, UUID therapistId, UUID clinicId, String city,
            Set<DayOfWeek> weekdays, LocalTime earliest, LocalTime latest, int durationMinutes, String state,
            Instant joinedAt, OfferResponse latestOffer) {
    }

    /** A held time, in its clinic's zone. */
    record OfferResponse(UUID id, UUID entryId, UUID sessionId, UUID therapistId, UUID clinicId, OffsetDateTime starts,
            OffsetDateTime ends, String timeZone, OffsetDateTime heldUntil, String state) {
    }

    /** The session booked from a held time. */
    record TakenResponse(UUID sessionId, UUID therapistId, UUID clinicId, OffsetDateTime starts, OffsetDateTime ends,
            String timeZone) {
    }
}
