/**
 * Sessions the directory no longer supports (the therapist took time off, changed their shifts, stopped taking
 * bookings or left): each is marked disrupted, the client is offered alternatives through a SessionDisrupted event,
 * and the front desk sees what is still open. Nothing is cancelled here: the client or the front desk decides.
 */
package com.clinicnet.booking.disruption;
