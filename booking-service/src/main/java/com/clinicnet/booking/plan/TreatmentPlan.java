package com.clinicnet.booking.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A series: N sessions every K days with one therapist at one clinic, for one concern. */
public record TreatmentPlan(UUID id, UUID clientId, UUID therapistId, UUID clinicId, String concern,
        int sessionsPlanned, int intervalDays, ZoneId clinicTimeZone, PlanStatus status) {

    public enum PlanStatus {
        ACTIVE,
        COMPLETED,
        /** Ended before its sessions were done: by those it concerns, or because its client was erased. */
        ENDED
    }

    /** When the next session is due after one given on that (clinic-local) date. */
    public LocalDate nextDueAfter(LocalDate sessionDate) {
        return sessionDate.plusDays(intervalDays);
    }

    /** The same plan, changed to this many sessions every so many days. */
    public TreatmentPlan changedTo(int sessions, int interval) {
        return new TreatmentPlan(id, clientId, therapistId, clinicId, concern, sessions, interval, clinicTimeZone,
                status);
    }

    public boolean isCompletedBy(int sessionsCompleted) {
        return sessionsCompleted >= sessionsPlanned;
    }
}
