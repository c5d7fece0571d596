package com.clinicnet.booking.series;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Treatment plans", description = "A series of sessions with one therapist for one concern")
@RestController
class SeriesController {

    private static final URI CONFLICT = URI.create("https://clinicnet.example/problems/409");

    private final SeriesBooking series;

    SeriesController(SeriesBooking series) {
        this.series = series;
    }

    @Operation(summary = "Book the rest of a treatment plan at once",
            description = "Every session still to book, with the plan's therapist, on its cadence, each at the first "
                    + "one's time of the clinic's clock. All or none: when some cannot be booked, the answer is 409 "
                    + "with `unbookable` (each time with the therapist's nearest free times) and nothing is booked, "
                    + "unless `acceptPartial` is true, when the others are booked and the answer says which were not.")
    @ApiResponse(responseCode = "201", description = "Booked; each session as booked, and the times that were not")
    @ApiResponse(responseCode = "409", description = "Some times cannot be booked (see `unbookable`), the plan is no "
            + "longer active, or every session of it is already given or booked")
    @ApiResponse(responseCode = "422", description = "A length the clinic does not offer, a first time off the grid "
            + "or too soon, or an intake that rules the therapist out")
    @PostMapping("/treatment-plans/{id}/series")
    ResponseEntity<SeriesResponse> book(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody SeriesRequest request) {
        SeriesBooking.BookedSeries booked = series.book(caller, id, request);
        return ResponseEntity.created(URI.create("/treatment-plans/" + id)).body(new SeriesResponse(
                booked.booked().stream().map(session -> new SeriesSession(session.id(),
                        session.startsAt().atZone(session.clinicTimeZone()).toOffsetDateTime(),
                        session.endsAt().atZone(session.clinicTimeZone()).toOffsetDateTime())).toList(),
                booked.unbookable()));
    }

    /** The RFC 9457 answer, with the times that cannot be booked and what is free instead. */
    @ExceptionHandler(SeriesNotBookableException.class)
    ResponseEntity<ProblemDetail> notBookable(SeriesNotBookableException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle("Conflict");
        problem.setType(CONFLICT);
        problem.setProperty("unbookable", refused.unbookable());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    record SeriesResponse(List<SeriesSession> booked, List<UnbookableTime> unbookable) {
    }

    record SeriesSession(UUID sessionId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }
}
