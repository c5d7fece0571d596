package com.clinicnet.booking.clinicday;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.intake.IntakeRecords;
import com.clinicnet.booking.session.SessionAccess;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;

/**
 * The schedules the staff work from: a clinic's day (or week) for its front desk, and a therapist's sessions for the
 * therapist or a front desk. The therapist's intake codes follow exactly the rule of {@code GET /sessions/{id}/intake}
 * ({@link SessionAccess#isTreating}) and each intake read is audited as there.
 */
@Service
class Schedules {

    private final ScheduleReadModel schedule;
    private final DirectoryReadModel directory;
    private final IntakeRecords intakes;
    private final Clock clock;
    private final Duration readableAfterEnd;

    Schedules(ScheduleReadModel schedule, DirectoryReadModel directory, IntakeRecords intakes, Clock clock,
            @Value("${clinicnet.booking.intake-readable-after-session}") Duration readableAfterEnd) {
        this.schedule = schedule;
        this.directory = directory;
        this.intakes = intakes;
        this.clock = clock;
        this.readableAfterEnd = readableAfterEnd;
    }

    /** Every session starting on the days, in the clinic's zone, cancelled ones too, by start and room. */
    @Transactional(readOnly = true)
    public List<ScheduledSessionResponse> ofClinic(Caller caller, UUID clinicId, CalendarDays days) {
        ScheduleAccess.requireMayReadClinicDay(caller, clinicId);
        ClinicView clinic = directory.clinic(clinicId).orElseThrow(() -> new NotFoundException("Clinic", clinicId));
        return schedule.ofClinic(clinicId, days.startIn(clinic.timeZone()), days.endIn(clinic.timeZone())).stream()
                .map(session -> ScheduledSessionResponse.of(session, session.clientName(), null))
                .toList();
    }

    /** The therapist's sessions on the days, each in its own clinic's zone; see {@link ScheduleAccess}. */
    @Transactional
    public List<ScheduledSessionResponse> ofTherapist(Caller caller, UUID therapistId, CalendarDays days) {
        return switch (ScheduleAccess.readerOfTherapistSchedule(caller, therapistId)) {
            case TREATING_THERAPIST -> {
                Instant now = clock.instant();
                yield schedule.ofTherapist(therapistId, days, null).stream()
                        .map(session -> ScheduledSessionResponse.of(session, FirstName.of(session.clientName()),
                                needToKnow(caller, session, now)))
                        .toList();
            }
            case FRONT_DESK -> {
                if (directory.therapist(therapistId).isEmpty()) {
                    throw new NotFoundException("Therapist", therapistId);
                }
                yield schedule.ofTherapist(therapistId, days, caller.clinicIds()).stream()
                        .map(session -> ScheduledSessionResponse.of(session, session.clientName(), null))
                        .toList();
            }
        };
    }

    /**
     * The intake's codes while the therapist may read it (audited as a read for that session; none when the client
     * gave no intake, and nothing read then), else null: not theirs to know any more.
     */
    private List<String> needToKnow(Caller caller, ScheduledSession session, Instant now) {
        if (!SessionAccess.isTreating(caller, session.therapistId(), session.status(), session.endsAt(), now,
                readableAfterEnd)) {
            return null;
        }
        return intakes.readForSessionIfRecorded(caller, session.clientId(), session.id()).map(NeedToKnow::of)
                .orElse(List.of());
    }
}
