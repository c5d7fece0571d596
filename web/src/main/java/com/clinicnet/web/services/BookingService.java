package com.clinicnet.web.services;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriBuilder;

/** booking-service, as the client's pages use it. */
@Component
public class BookingService {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ServiceClient booking;

    BookingService(@Qualifier("bookingServiceClient") ServiceClient booking) {
        this.booking = booking;
    }

    public Optional<ClientProfile> profile(UUID clientId) {
        return booking.find("profile", rest -> rest.get().uri("/clients/{id}", clientId).retrieve()
                .body(ClientProfile.class));
    }

    public ClientProfile register(ClientProfile.Change profile) {
        return booking.call("profile", rest -> rest.post().uri("/clients").contentType(MediaType.APPLICATION_JSON)
                .body(profile).retrieve().body(ClientProfile.class));
    }

    public ClientProfile revise(UUID clientId, ClientProfile.Change profile) {
        return booking.call("profile", rest -> rest.put().uri("/clients/{id}", clientId)
                .contentType(MediaType.APPLICATION_JSON).body(profile).retrieve().body(ClientProfile.class));
    }

    public void erase(UUID clientId) {
        booking.call("profile", rest -> rest.delete().uri("/clients/{id}", clientId).retrieve().toBodilessEntity());
    }

    public Optional<Intake> intake(UUID clientId) {
        return booking.find("intake", rest -> rest.get().uri("/clients/{id}/intake", clientId).retrieve()
                .body(Intake.class));
    }

    public Intake recordIntake(UUID clientId, Intake.Answers answers) {
        return booking.call("intake", rest -> rest.post().uri("/clients/{id}/intake", clientId)
                .contentType(MediaType.APPLICATION_JSON).body(answers).retrieve().body(Intake.class));
    }

    /** Slots; a search needs a clinic or a city. */
    public List<Slot> availability(SlotQuery query) {
        return booking.call("availability", rest -> rest.get().uri(builder -> query.applyTo(builder.path("/availability")))
                .retrieve().body(new ParameterizedTypeReference<List<Slot>>() {
                }));
    }

    /** Books a session; the same key for every retry, so that a retry returns the session booked the first time. */
    public Session book(String idempotencyKey, Session.Request request) {
        return booking.call("session", rest -> rest.post().uri("/sessions").header(IDEMPOTENCY_KEY, idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().body(Session.class));
    }

    public Session session(UUID sessionId) {
        return booking.call("session", rest -> rest.get().uri("/sessions/{id}", sessionId).retrieve()
                .body(Session.class));
    }

    public List<Session> sessionsOf(UUID clientId) {
        return booking.call("sessions", rest -> rest.get().uri("/clients/{id}/sessions", clientId).retrieve()
                .body(new ParameterizedTypeReference<List<Session>>() {
                }));
    }

    public Session cancel(UUID sessionId) {
        return booking.call("session", rest -> rest.post().uri("/sessions/{id}/cancel", sessionId).retrieve()
                .body(Session.class));
    }

    public Session reschedule(UUID sessionId, OffsetDateTime startsAt) {
        return booking.call("session", rest -> rest.post().uri("/sessions/{id}/reschedule", sessionId)
                .contentType(MediaType.APPLICATION_JSON).body(new Reschedule(startsAt)).retrieve()
                .body(Session.class));
    }

    /** The open disruption of a session; none is a {@link ResourceNotFoundException}. */
    public Disruption disruptionOf(UUID sessionId) {
        return booking.call("disruption", rest -> rest.get().uri("/sessions/{id}/disruption", sessionId).retrieve()
                .body(Disruption.class));
    }

    /** Moves a disrupted session to the time offered as {@code rank} (1 first). */
    public void takeAlternative(UUID sessionId, int rank) {
        booking.call("disruption", rest -> rest.post()
                .uri("/sessions/{id}/disruption/alternatives/{rank}", sessionId, rank).retrieve().toBodilessEntity());
    }

    /** The client's places in line, newest first, each with the time last held for it. */
    public List<WaitlistEntry> waitlistOf(UUID clientId) {
        return booking.call("waitlist", rest -> rest.get().uri("/clients/{id}/waitlist", clientId).retrieve()
                .body(new ParameterizedTypeReference<List<WaitlistEntry>>() {
                }));
    }

    /** A wish the service cannot meet is a 422 naming the field; a client already in as many lines as allowed, 409. */
    public WaitlistEntry joinWaitlist(WaitlistEntry.Request request) {
        return booking.call("waitlist", rest -> rest.post().uri("/waitlist").contentType(MediaType.APPLICATION_JSON)
                .body(request).retrieve().body(WaitlistEntry.class));
    }

    /** Leaving twice answers the same; a place that already gave a booking cannot be left (409). */
    public void leaveWaitlist(UUID entryId) {
        booking.call("waitlist", rest -> rest.delete().uri("/waitlist/{id}", entryId).retrieve().toBodilessEntity());
    }

    /** The held time becomes the client's session; a hold that ran out or was declined is a 409. */
    public void takeWaitlistOffer(UUID offerId) {
        booking.call("waitlist offer", rest -> rest.post().uri("/waitlist/offers/{id}/take", offerId).retrieve()
                .toBodilessEntity());
    }

    /** The time goes to the next in line; the client keeps their place. */
    public void declineWaitlistOffer(UUID offerId) {
        booking.call("waitlist offer", rest -> rest.post().uri("/waitlist/offers/{id}/decline", offerId).retrieve()
                .toBodilessEntity());
    }

    /**
     * What a reminder's reply link would do, asked without anyone's token (the signed link is the proof; the client
     * need not be signed in). Changes nothing. A link that is not booking's (or was altered) is a
     * {@link ResourceNotFoundException}.
     */
    public ReplyLink replyLink(String token) {
        return booking.callWithoutToken("reply link", rest -> rest.get().uri("/replies/{token}", token).retrieve()
                .body(ReplyLink.class));
    }

    /**
     * Uses a reminder's reply link, without anyone's token: confirms or cancels its session once (a second use
     * answers ALREADY_...). A session that has started, or is no longer booked at the time the reminder named, is a
     * 409 ({@link ServiceProblemException}).
     */
    public ReplyLink.Used useReplyLink(String token) {
        return booking.callWithoutToken("reply link", rest -> rest.post().uri("/replies/{token}", token).retrieve()
                .body(ReplyLink.Used.class));
    }

    public List<Plan> plansOf(UUID clientId) {
        return booking.call("treatment plans", rest -> rest.get().uri("/clients/{id}/treatment-plans", clientId)
                .retrieve().body(new ParameterizedTypeReference<List<Plan>>() {
                }));
    }

    public Plan startPlan(Plan.Request request) {
        return booking.call("treatment plan", rest -> rest.post().uri("/treatment-plans")
                .contentType(MediaType.APPLICATION_JSON).body(request).retrieve().body(Plan.class));
    }

    private record Reschedule(OffsetDateTime startsAt) {
    }

    /** GET /availability's parameters; concern, clinic and therapist are optional. */
    public record SlotQuery(String concern, String city, UUID clinicId, UUID therapistId, OffsetDateTime from,
            OffsetDateTime to, int duration, int limit) {

        URI applyTo(UriBuilder builder) {
            if (concern != null) {
                builder.queryParam("concern", concern);
            }
            if (clinicId != null) {
                builder.queryParam("clinicId", clinicId);
            }
            else {
                builder.queryParam("city", city);
            }
            if (therapistId != null) {
                builder.queryParam("therapistId", therapistId);
            }
            // the offset's '+' must reach the service encoded, not read as a space
            return builder.queryParam("from", "{from}").queryParam("to", "{to}")
                    .queryParam("duration", duration).queryParam("limit", limit)
                    .build(from.toString(), to.toString());
        }
    }
}
