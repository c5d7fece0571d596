package com.clinicnet.web.services;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** booking-service as the front desk and the therapists use it: a clinic's or a therapist's sessions, and their changes. */
@Component
public class StaffBookings {

    private static final ParameterizedTypeReference<List<StaffSession>> SESSIONS = new ParameterizedTypeReference<>() {
    };

    private final ServiceClient booking;

    StaffBookings(@Qualifier("bookingServiceClient") ServiceClient booking) {
        this.booking = booking;
    }

    public List<StaffSession> sessionsAt(UUID clinicId, LocalDate day) {
        return booking.call("sessions", rest -> rest.get()
                .uri("/clinics/{id}/sessions?date={date}", clinicId, day).retrieve().body(SESSIONS));
    }

    public List<StaffSession> sessionsAt(UUID clinicId, LocalDate from, LocalDate to) {
        return booking.call("sessions", rest -> rest.get()
                .uri("/clinics/{id}/sessions?from={from}&to={to}", clinicId, from, to).retrieve().body(SESSIONS));
    }

    public List<StaffSession> sessionsOf(UUID therapistId, LocalDate from, LocalDate to) {
        return booking.call("sessions", rest -> rest.get()
                .uri("/therapists/{id}/sessions?from={from}&to={to}", therapistId, from, to).retrieve()
                .body(SESSIONS));
    }

    public StaffSession session(UUID sessionId) {
        return booking.call("session", rest -> rest.get().uri("/sessions/{id}", sessionId).retrieve()
                .body(StaffSession.class));
    }

    /** arrival, complete or no-show: a change the session's state machine allows or refuses (409). */
    public StaffSession mark(UUID sessionId, Mark mark) {
        return booking.call("session", rest -> rest.post().uri("/sessions/{id}/" + mark.path, sessionId).retrieve()
                .body(StaffSession.class));
    }

    public StaffSession cancel(UUID sessionId, String reason) {
        return booking.call("session", rest -> rest.post().uri("/sessions/{id}/cancel", sessionId)
                .contentType(MediaType.APPLICATION_JSON).body(new Cancellation(reason)).retrieve()
                .body(StaffSession.class));
    }

    /** The clinic's open disruptions, soonest first: the front desk's worklist. */
    public List<Disruption> disruptionsAt(UUID clinicId) {
        return booking.call("disruptions", rest -> rest.get().uri("/clinics/{id}/disruptions", clinicId).retrieve()
                .body(new ParameterizedTypeReference<List<Disruption>>() {
                }));
    }

    /** Moves a disrupted session, for its client, to the time offered as {@code rank} (1 first). */
    public void takeAlternative(UUID sessionId, int rank) {
        booking.call("disruption", rest -> rest.post()
                .uri("/sessions/{id}/disruption/alternatives/{rank}", sessionId, rank).retrieve().toBodilessEntity());
    }

    public List<ClientFound> findClients(String text) {
        return booking.call("clients", rest -> rest.get().uri("/clients?search={text}", text).retrieve()
                .body(new ParameterizedTypeReference<List<ClientFound>>() {
                }));
    }

    public ClientFound client(UUID clientId) {
        return booking.call("client", rest -> rest.get().uri("/clients/{id}", clientId).retrieve()
                .body(ClientFound.class));
    }

    public ClientFound registerWalkIn(ClientFound.WalkIn walkIn) {
        return booking.call("client", rest -> rest.post().uri("/clients").contentType(MediaType.APPLICATION_JSON)
                .body(walkIn).retrieve().body(ClientFound.class));
    }

    /** Slots at one clinic for a client its front desk books for; concern and therapist optional. */
    public List<Slot> slotsFor(UUID clientId, UUID clinicId, String concern, UUID therapistId, OffsetDateTime from,
            OffsetDateTime to, int duration, int limit) {
        return booking.call("availability", rest -> rest.get().uri(builder -> {
            builder.path("/availability").queryParam("clinicId", clinicId).queryParam("clientId", clientId);
            if (concern != null) {
                builder.queryParam("concern", concern);
            }
            if (therapistId != null) {
                builder.queryParam("therapistId", therapistId);
            }
            // the offset's '+' must reach the service encoded, not read as a space
            return builder.queryParam("from", "{from}").queryParam("to", "{to}").queryParam("duration", duration)
                    .queryParam("limit", limit).build(from.toString(), to.toString());
        }).retrieve().body(new ParameterizedTypeReference<List<Slot>>() {
        }));
    }

    public enum Mark {
        ARRIVED("arrival"), COMPLETED("complete"), NO_SHOW("no-show");

        private final String path;

        Mark(String path) {
            this.path = path;
        }
    }

    private record Cancellation(String reason) {
    }
}
