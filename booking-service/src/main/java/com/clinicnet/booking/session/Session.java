package com.clinicnet.booking.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.RuleViolationException;

/**
 * A booked appointment: who, with whom, where, in which room and when. Times are instants; the clinic's zone
 * says how to show them. The therapist and the room stay blocked for the buffer after the session.
 */
public record Session(
        UUID id,
        UUID clientId,
        UUID therapistId,
        UUID clinicId,
        int room,
        Instant startsAt,
        SessionLength length,
        Duration bufferAfter,
        ZoneId clinicTimeZone,
        Duration lateCancellationNotice,
        SessionStatus status,
        long version) {

    public Instant endsAt() {
        return startsAt.plus(length.duration());
    }

    /** Until when the therapist and the room are taken: the end of the session plus the clinic's buffer. */
    public Instant blockedUntil() {
        return endsAt().plus(bufferAfter);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(clinicTimeZone);
    }

    public ZonedDateTime localEnd() {
        return endsAt().atZone(clinicTimeZone);
    }

    /** The same booking in another treatment room (when the room first chosen was taken a moment earlier). */
    public Session inRoom(int otherRoom) {
        return new Session(id, clientId, therapistId, clinicId, otherRoom, startsAt, length, bufferAfter, clinicTimeZone,
                lateCancellationNotice, status, version);
    }

    /** Late when the clinic's notice period had already begun. */
    public boolean isLateCancellationAt(Instant now) {
        return !now.isBefore(startsAt.minus(lateCancellationNotice));
    }

    public Session cancelled() {
        return next(SessionStatus.CANCELLED, startsAt, room, "cancelled");
    }

    public Session rescheduledTo(Instant newStart, int newRoom) {
        return next(SessionStatus.BOOKED, newStart, newRoom, "rescheduled");
    }

    public Session completedAt(Instant now) {
        requireStarted(now, "completed");
        return next(SessionStatus.COMPLETED, startsAt, room, "completed");
    }

    public Session noShowAt(Instant now) {
        requireStarted(now, "marked as a no-show");
        return next(SessionStatus.NO_SHOW, startsAt, room, "marked as a no-show");
    }

    private Session next(SessionStatus newStatus, Instant newStart, int newRoom, String change) {
        if (status != SessionStatus.BOOKED) {
            throw new ConflictException("The session is " + status.name().toLowerCase().replace('_', '-')
                    + "; it cannot be " + change);
        }
        return new Session(id, clientId, therapistId, clinicId, newRoom, newStart, length, bufferAfter, clinicTimeZone,
                lateCancellationNotice, newStatus, version + 1);
    }

    private void requireStarted(Instant now, String change) {
        if (now.isBefore(startsAt)) {
            throw new RuleViolationException("status", "A session can be " + change + " once it has started");
        }
    }
}
