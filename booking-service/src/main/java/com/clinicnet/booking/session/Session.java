package com.clinicnet.booking.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.RuleViolationException;

/**
 * A booked appointment: who, with whom, where, in which room and when. Times are instants; the clinic's zone
 * says how to show them. The therapist and the room stay blocked for the buffer after the session.
 */
record Session(
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
        long version,
        Instant arrivedAt) {

    /** A session the client has not arrived for (yet). */
    public Session(UUID id, UUID clientId, UUID therapistId, UUID clinicId, int room, Instant startsAt,
            SessionLength length, Duration bufferAfter, ZoneId clinicTimeZone, Duration lateCancellationNotice,
            SessionStatus status, long version) {
        this(id, clientId, therapistId, clinicId, room, startsAt, length, bufferAfter, clinicTimeZone,
                lateCancellationNotice, status, version, null);
    }

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
                lateCancellationNotice, status, version, arrivedAt);
    }

    /** Late when the clinic's notice period had already begun. */
    public boolean isLateCancellationAt(Instant now) {
        return !now.isBefore(startsAt.minus(lateCancellationNotice));
    }

    /** A held session the client took: booked from now on, its first version as a booked session. */
    public Session confirmed() {
        if (status != SessionStatus.HELD) {
            throw new ConflictException("The session is " + status.name().toLowerCase().replace('_', '-')
                    + "; only a held session can be taken");
        }
        return new Session(id, clientId, therapistId, clinicId, room, startsAt, length, bufferAfter, clinicTimeZone,
                lateCancellationNotice, SessionStatus.BOOKED, version + 1, arrivedAt);
    }

    public Session cancelled() {
        return next(SessionStatus.CANCELLED, startsAt, room, "cancelled");
    }

    /** Moved to another therapist, clinic and time, taking the clinic's buffer, notice and zone. */
    public Session movedTo(UUID newTherapist, UUID newClinic, ZoneId newZone, Duration newBuffer, Duration newNotice,
            Instant newStart, int newRoom) {
        Session moved = next(SessionStatus.BOOKED, newStart, newRoom, "moved");
        return new Session(id, clientId, newTherapist, newClinic, newRoom, newStart, length, newBuffer, newZone,
                newNotice, moved.status, moved.version, arrivedAt);
    }

    public Session completedAt(Instant now) {
        requireStarted(now, "completed");
        return next(SessionStatus.COMPLETED, startsAt, room, "completed");
    }

    public Session noShowAt(Instant now) {
        requireStarted(now, "marked as a no-show");
        return next(SessionStatus.NO_SHOW, startsAt, room, "marked as a no-show");
    }

    public boolean hasArrived() {
        return arrivedAt != null;
    }

    /**
     * The client came in: only for a booked session, and only on its own day in the clinic's zone (an arrival on
     * another day is a mistake at the desk). Marking it again changes nothing, so a double click is harmless.
     */
    public Session arrived(Instant now) {
        if (hasArrived()) {
            return this;
        }
        if (status != SessionStatus.BOOKED) {
            throw new ConflictException("The session is " + status.name().toLowerCase().replace('_', '-')
                    + "; its client cannot be marked arrived");
        }
        if (!localStart().toLocalDate().equals(now.atZone(clinicTimeZone).toLocalDate())) {
            throw new ConflictException("A client is marked arrived only on the day of their session, "
                    + localStart().toLocalDate());
        }
        // to the microsecond PostgreSQL keeps, so the first answer, the event and every later read agree
        return new Session(id, clientId, therapistId, clinicId, room, startsAt, length, bufferAfter, clinicTimeZone,
                lateCancellationNotice, status, version + 1, now.truncatedTo(ChronoUnit.MICROS));
    }

    private Session next(SessionStatus newStatus, Instant newStart, int newRoom, String change) {
        if (status != SessionStatus.BOOKED) {
            throw new ConflictException("The session is " + status.name().toLowerCase().replace('_', '-')
                    + "; it cannot be " + change);
        }
        return new Session(id, clientId, therapistId, clinicId, newRoom, newStart, length, bufferAfter, clinicTimeZone,
                lateCancellationNotice, newStatus, version + 1, arrivedAt);
    }

    private void requireStarted(Instant now, String change) {
        if (now.isBefore(startsAt)) {
            throw new RuleViolationException("status", "A session can be " + change + " once it has started");
        }
    }
}
