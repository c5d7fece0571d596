package com.clinicnet.booking.waitlist;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.clinicnet.booking.directory.ClinicDirectoryChanged;
import com.clinicnet.booking.directory.TherapistDirectoryChanged;
import com.clinicnet.booking.session.SessionTimeFreed;

/**
 * Hears, inside the transaction of each change, what may free time for someone waiting, and notes it to be offered;
 * the offering itself runs apart ({@link WaitlistTimer}), so no booking or directory change waits for it. With nobody
 * in line nothing is noted: a time that frees then is simply free to book.
 */
@Component
class WaitlistListener {

    private final FreedTimes freedTimes;
    private final WaitlistRepository waitlist;
    private final WaitlistProperties properties;
    private final Clock clock;

    WaitlistListener(FreedTimes freedTimes, WaitlistRepository waitlist, WaitlistProperties properties, Clock clock) {
        this.freedTimes = freedTimes;
        this.waitlist = waitlist;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(SessionTimeFreed freed) {
        Instant now = clock.instant();
        if (freed.until().isAfter(now)) {
            noted(FreedTime.of(freed.therapistId(), freed.clinicId(), freed.from(), freed.until()), now);
        }
    }

    /** New shifts, time off withdrawn, a new clinic: any of the therapist's coming days may have new free time. */
    @EventListener
    void on(TherapistDirectoryChanged changed) {
        Instant now = clock.instant();
        noted(FreedTime.of(changed.therapistId(), null, now, now.plus(properties.newHoursAhead())), now);
    }

    /** A closure withdrawn, a room added: the clinic's coming days may have new free time. */
    @EventListener
    void on(ClinicDirectoryChanged changed) {
        Instant now = clock.instant();
        noted(FreedTime.of(null, changed.clinicId(), now, now.plus(properties.newHoursAhead())), now);
    }

    private void noted(FreedTime freed, Instant now) {
        if (waitlist.anyoneWaiting()) {
            freedTimes.add(freed, now);
        }
    }
}
