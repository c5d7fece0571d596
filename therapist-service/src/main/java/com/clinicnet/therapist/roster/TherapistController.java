package com.clinicnet.therapist.roster;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;
import com.clinicnet.workingtime.WorkingInterval;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

@Tag(name = "Therapists", description = "The therapists of the network: specialties, clinics, weekly shifts and time "
        + "off")
@RestController
@RequestMapping("/therapists")
class TherapistController {

    private final TherapistRoster roster;

    TherapistController(TherapistRoster roster) {
        this.roster = roster;
    }

    @Operation(summary = "Register a therapist")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the therapist",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = TherapistResponse.class)))
    @ApiResponse(responseCode = "422", description = "An unknown clinic or specialty, or a specialty level other than "
            + "1, 2 or 3")
    @PostMapping
    ResponseEntity<TherapistResponse> register(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @Valid @RequestBody TherapistRequest request) {
        Therapist therapist = roster.register(caller, request);
        return ResponseEntity.created(URI.create("/therapists/" + therapist.id())).body(TherapistResponse.of(therapist));
    }

    @Operation(summary = "Change a therapist's profile")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "422", description = "An unknown clinic or specialty, or a clinic where the therapist "
            + "still has shifts")
    @PutMapping("/{id}")
    TherapistResponse revise(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody TherapistRequest request) {
        roster.revise(caller, id, request);
        return roster.find(caller, id);
    }

    @Operation(summary = "Stop a therapist taking bookings",
            description = "Booked sessions stay booked.")
    @SecurityRequirement(name = "bearer", scopes = { "ADMIN" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @PostMapping("/{id}/deactivation")
    TherapistResponse deactivate(Caller caller, @PathVariable UUID id) {
        roster.deactivate(caller, id);
        return roster.find(caller, id);
    }

    @Operation(summary = "Remove a therapist from the roster")
    @SecurityRequirement(name = "bearer", scopes = { "ADMIN" })
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(Caller caller, @PathVariable UUID id) {
        roster.remove(caller, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Find therapists",
            description = "By clinic, specialty and minimum level; staff and the therapist themselves see more of a "
                    + "profile than a client does.")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "THERAPIST", "FRONT_DESK", "OPS", "ADMIN" })
    @GetMapping
    List<TherapistResponse> search(Caller caller, @RequestParam(required = false) UUID clinicId,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{2,40}") String specialty,
            @RequestParam(required = false) @Min(1) @Max(3) Integer minLevel) {
        return roster.search(caller, clinicId, specialty, minLevel).stream().map(TherapistResponse::of).toList();
    }

    @Operation(summary = "A therapist")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "THERAPIST", "FRONT_DESK", "OPS", "ADMIN" })
    @GetMapping("/{id}")
    TherapistResponse find(Caller caller, @PathVariable UUID id) {
        return roster.find(caller, id);
    }

    @Operation(summary = "Set a therapist's weekly shifts from a date")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "422", description = "A shift outside the clinic's opening hours, overlapping "
            + "another, shorter than the shortest session, at a clinic the therapist does not work at, or a schedule "
            + "starting in the past")
    @PutMapping("/{id}/shifts")
    TherapistResponse setSchedule(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody ScheduleRequest request) {
        roster.setSchedule(caller, id, request);
        return roster.find(caller, id);
    }

    @Operation(summary = "Record time off",
            description = "An administrator, or the therapist themselves.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the time off",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TimeOff.class)))
    @ApiResponse(responseCode = "422", description = "Time off must end after it starts")
    @PostMapping("/{id}/time-off")
    ResponseEntity<TimeOff> addTimeOff(@AllowedRoles({ Role.ADMIN, Role.THERAPIST }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody TimeOffRequest request) {
        TimeOff timeOff = roster.addTimeOff(caller, id, request);
        return ResponseEntity.created(URI.create("/therapists/" + id + "/time-off/" + timeOff.id())).body(timeOff);
    }

    @Operation(summary = "Withdraw time off")
    @SecurityRequirement(name = "bearer", scopes = { "ADMIN" })
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @DeleteMapping("/{id}/time-off/{timeOffId}")
    ResponseEntity<Void> removeTimeOff(Caller caller, @PathVariable UUID id, @PathVariable UUID timeOffId) {
        roster.removeTimeOff(caller, id, timeOffId);
        return ResponseEntity.noContent().build();
    }

    /** The calendar the schedule would give if it were saved from its effective date; saves nothing. */
    @Operation(summary = "Preview the calendar a schedule would give",
            description = "Saves nothing.")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "422", description = "The schedule breaks a shift rule, or the range is too long")
    @PostMapping("/{id}/shifts/preview")
    List<CalendarEntry> previewSchedule(@AllowedRoles({ Role.ADMIN }) Caller caller, @PathVariable UUID id,
            @RequestParam LocalDate from, @RequestParam LocalDate to, @Valid @RequestBody ScheduleRequest request) {
        return roster.previewSchedule(caller, id, request, from, to).stream().map(CalendarEntry::of).toList();
    }

    @Operation(summary = "A therapist's working intervals",
            description = "In each clinic's zone, with offsets; an administrator, or the therapist themselves "
                    + "(another therapist: 404).")
    @SecurityRequirement(name = "bearer", scopes = { "ADMIN", "THERAPIST" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @ApiResponse(responseCode = "422", description = "The range must cover 1 to the allowed number of days")
    @GetMapping("/{id}/calendar")
    List<CalendarEntry> calendar(Caller caller, @PathVariable UUID id, @RequestParam LocalDate from,
            @RequestParam LocalDate to) {
        return roster.calendar(caller, id, from, to).stream().map(CalendarEntry::of).toList();
    }

    /** One working interval, with its offset, in the clinic's zone. */
    record CalendarEntry(UUID clinicId, java.time.OffsetDateTime starts, java.time.OffsetDateTime ends,
            String timeZone, long minutes) {

        static CalendarEntry of(WorkingInterval interval) {
            return new CalendarEntry(interval.clinicId(), interval.starts().toOffsetDateTime(),
                    interval.ends().toOffsetDateTime(), interval.starts().getZone().getId(),
                            interval.length().toMinutes());
        }
    }
}
