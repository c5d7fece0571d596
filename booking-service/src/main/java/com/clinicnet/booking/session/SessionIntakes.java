package com.clinicnet.booking.session;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.intake.Intake;
import com.clinicnet.booking.intake.IntakeRecords;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;

/** What the therapist of a session needs to know about its client before and just after it: the intake. */
@Service
class SessionIntakes {

    private final SessionRepository sessions;
    private final IntakeRecords intakes;
    private final Clock clock;
    private final Duration readableAfterEnd;

    SessionIntakes(SessionRepository sessions, IntakeRecords intakes, Clock clock,
            @Value("${clinicnet.booking.intake-readable-after-session}") Duration readableAfterEnd) {
        this.sessions = sessions;
        this.intakes = intakes;
        this.clock = clock;
        this.readableAfterEnd = readableAfterEnd;
    }

    @Transactional
    public Intake forSession(Caller caller, UUID sessionId) {
        Session session = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        SessionAccess.requireMayReadIntake(caller, session, clock.instant(), readableAfterEnd);
        return intakes.readForSession(caller, session.clientId(), session.id());
    }
}
