/**
 * Clients waiting for a time: when one frees (a cancellation, a move, a therapist's new hours, an offer let go), the
 * first client in line whose wish it suits is offered it, held for them so nobody else can book it until they take
 * it or the hold runs out; then it passes to the next in line.
 */
package com.clinicnet.booking.waitlist;
