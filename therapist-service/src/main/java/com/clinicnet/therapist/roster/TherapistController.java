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

@RestController
@RequestMapping("/therapists")
class TherapistController {

    private final TherapistRoster roster;

    TherapistController(TherapistRoster roster) {
        this.roster = roster;
    }

    @PostMapping
    ResponseEntity<TherapistResponse> register(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @Valid @RequestBody TherapistRequest request) {
        Therapist therapist = roster.register(caller, request);
        return ResponseEntity.created(URI.create("/therapists/" + therapist.id())).body(TherapistResponse.of(therapist));
    }

    @PutMapping("/{id}")
    TherapistResponse revise(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody TherapistRequest request) {
        roster.revise(caller, id, request);
        return roster.find(caller, id);
    }

    @PostMapping("/{id}/deactivation")
    TherapistResponse deactivate(Caller caller, @PathVariable UUID id) {
        roster.deactivate(caller, id);
        return roster.find(caller, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(Caller caller, @PathVariable UUID id) {
        roster.remove(caller, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    List<TherapistResponse> search(Caller caller, @RequestParam(required = false) UUID clinicId,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{2,40}") String specialty,
            @RequestParam(required = false) @Min(1) @Max(3) Integer minLevel) {
        return roster.search(caller, clinicId, specialty, minLevel).stream().map(TherapistResponse::of).toList();
    }

    @GetMapping("/{id}")
    TherapistResponse find(Caller caller, @PathVariable UUID id) {
        return roster.find(caller, id);
    }

    @PutMapping("/{id}/shifts")
    TherapistResponse setSchedule(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody ScheduleRequest request) {
        roster.setSchedule(caller, id, request);
        return roster.find(caller, id);
    }

    @PostMapping("/{id}/time-off")
    ResponseEntity<TimeOff> addTimeOff(@AllowedRoles({ Role.ADMIN, Role.THERAPIST }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody TimeOffRequest request) {
        TimeOff timeOff = roster.addTimeOff(caller, id, request);
        return ResponseEntity.created(URI.create("/therapists/" + id + "/time-off/" + timeOff.id())).body(timeOff);
    }

    @DeleteMapping("/{id}/time-off/{timeOffId}")
    ResponseEntity<Void> removeTimeOff(Caller caller, @PathVariable UUID id, @PathVariable UUID timeOffId) {
        roster.removeTimeOff(caller, id, timeOffId);
        return ResponseEntity.noContent().build();
    }

    /** The calendar the schedule would give if it were saved from its effective date; saves nothing. */
    @PostMapping("/{id}/shifts/preview")
    List<CalendarEntry> previewSchedule(@AllowedRoles({ Role.ADMIN }) Caller caller, @PathVariable UUID id,
            @RequestParam LocalDate from, @RequestParam LocalDate to, @Valid @RequestBody ScheduleRequest request) {
        return roster.previewSchedule(caller, id, request, from, to).stream().map(CalendarEntry::of).toList();
    }

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
                    interval.ends().toOffsetDateTime(), interval.starts().getZone().getId(), interval.length().toMinutes());
        }
    }
}
