package com.clinicnet.booking.report;

/**
 * What happened at a clinic on one of its dates, as counted in the database: sessions booked that day; sessions
 * starting that day and their outcome (a late cancellation is also a cancellation); the minutes of those not
 * cancelled; plans started and completed that day; follow-ups raised that day, and how many of those have since
 * led to a booking.
 */
record DayFigures(long sessionsBooked, long sessionsScheduled, long completed, long cancelled, long lateCancelled,
        long noShows, long bookedMinutes, long plansStarted, long plansCompleted, long followUpsRaised,
        long followUpsConverted) {

    /** A day on which nothing happened: it is reported all the same. */
    static final DayFigures NONE = new DayFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
