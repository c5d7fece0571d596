package com.clinicnet.booking.clinicday;

import java.util.UUID;

import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * Who reads which schedule. A clinic's day: its front desk, and administrators for any clinic. A therapist's
 * sessions: the therapist themselves, or a front desk (at its own clinics only). Anyone else, whatever their role,
 * hears "not found", as for a clinic or therapist that does not exist, so that ids cannot be probed.
 */
final class ScheduleAccess {

    /** As whom a therapist's schedule is read: it decides the names and the intake codes shown. */
    enum Reader {
        /** The therapist themselves: first names, and what they must know from each intake. */
        TREATING_THERAPIST,
        /** A front desk: full names, only at its own clinics, no intake codes. */
        FRONT_DESK
    }

    private ScheduleAccess() {
    }

    static void requireMayReadClinicDay(Caller caller, UUID clinicId) {
        if (!caller.is(Role.ADMIN) && !caller.servesClinic(clinicId)) {
            throw new NotFoundException("Clinic", clinicId);
        }
    }

    static Reader readerOfTherapistSchedule(Caller caller, UUID therapistId) {
        if (caller.is(Role.THERAPIST) && caller.isSubject(therapistId)) {
            return Reader.TREATING_THERAPIST;
        }
        if (caller.is(Role.FRONT_DESK)) {
            return Reader.FRONT_DESK;
        }
        throw new NotFoundException("Therapist", therapistId);
    }
}
