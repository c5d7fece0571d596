package com.clinicnet.booking.session;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.clinicnet.platform.problem.ForbiddenException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * Who may book and see which sessions. Another's session is "not found", never "forbidden", so that session ids
 * cannot be probed.
 */
public final class SessionAccess {

    private SessionAccess() {
    }

    /** Who may book at a clinic; whether they may book for this client is the client registry's to say. */
    public static void requireMayBook(Caller caller, UUID clinicId) {
        caller.requireAny(Role.CLIENT, Role.FRONT_DESK);
        if (!caller.is(Role.CLIENT) && !caller.servesClinic(clinicId)) {
            throw new ForbiddenException("The front desk books only at its own clinics");
        }
    }

    /** Cancel or reschedule: the client of the session, or the front desk of its clinic. */
    public static void requireMayChange(Caller caller, Session session) {
        caller.requireAny(Role.CLIENT, Role.FRONT_DESK);
        boolean allowed = (caller.is(Role.CLIENT) && caller.isSubject(session.clientId()))
                || caller.servesClinic(session.clinicId());
        if (!allowed) {
            throw new NotFoundException("Session", session.id());
        }
    }

    /** Complete or mark a no-show: the therapist of the session, or the front desk of its clinic. */
    public static void requireMayRecordAttendance(Caller caller, Session session) {
        caller.requireAny(Role.THERAPIST, Role.FRONT_DESK);
        boolean allowed = (caller.is(Role.THERAPIST) && caller.isSubject(session.therapistId()))
                || caller.servesClinic(session.clinicId());
        if (!allowed) {
            throw new NotFoundException("Session", session.id());
        }
    }

    /** Mark the client arrived: the front desk of the session's clinic only; to anyone else it is not found. */
    public static void requireMayMarkArrival(Caller caller, Session session) {
        if (!caller.servesClinic(session.clinicId())) {
            throw new NotFoundException("Session", session.id());
        }
    }

    /**
     * A client's sessions: the client sees all of theirs, operations all (ids and times, no personal data), the front
     * desk those at its clinics, and only of a client its clinics know; any other client is "not found".
     */
    public static Predicate<Session> visibleTo(Caller caller, UUID clientId, BooleanSupplier knownAtCallersClinics) {
        caller.requireAny(Role.CLIENT, Role.FRONT_DESK, Role.OPS);
        if (caller.is(Role.OPS) || (caller.is(Role.CLIENT) && caller.isSubject(clientId))) {
            return session -> true;
        }
        if (caller.is(Role.FRONT_DESK) && knownAtCallersClinics.getAsBoolean()) {
            return session -> caller.servesClinic(session.clinicId());
        }
        throw new NotFoundException("Client", clientId);
    }

    /**
     * The intake of the session's client: the client, the front desk of its clinic, and its therapist from booking
     * until {@code afterEnd} after it ends, unless it was cancelled. Operations and administrators never read it;
     * another therapist's or a past session is "not found".
     */
    public static void requireMayReadIntake(Caller caller, Session session, Instant now, Duration afterEnd) {
        caller.requireAny(Role.CLIENT, Role.THERAPIST, Role.FRONT_DESK);
        boolean allowed = isTreating(caller, session, now, afterEnd)
                || (caller.is(Role.CLIENT) && caller.isSubject(session.clientId()))
                || caller.servesClinic(session.clinicId());
        if (!allowed) {
            throw new NotFoundException("Intake for session", session.id());
        }
    }

    /**
     * Whether the caller is the therapist treating the session and may still read its client's intake: from booking
     * until {@code afterEnd} after it ends, unless it was cancelled.
     */
    public static boolean isTreating(Caller caller, Session session, Instant now, Duration afterEnd) {
        return isTreating(caller, session.therapistId(), session.status(), session.endsAt(), now, afterEnd);
    }

    /** {@link #isTreating(Caller, Session, Instant, Duration)} for a session read as a row of a schedule. */
    public static boolean isTreating(Caller caller, UUID therapistId, SessionStatus status, Instant endsAt,
            Instant now, Duration afterEnd) {
        return caller.is(Role.THERAPIST) && caller.isSubject(therapistId)
                && status != SessionStatus.CANCELLED && !now.isAfter(endsAt.plus(afterEnd));
    }

    public static void requireMayRead(Caller caller, Session session) {
        caller.requireAny(Role.CLIENT, Role.THERAPIST, Role.FRONT_DESK, Role.OPS);
        boolean allowed = caller.is(Role.OPS)
                || (caller.is(Role.CLIENT) && caller.isSubject(session.clientId()))
                || (caller.is(Role.THERAPIST) && caller.isSubject(session.therapistId()))
                || caller.servesClinic(session.clinicId());
        if (!allowed) {
            throw new NotFoundException("Session", session.id());
        }
    }

}
