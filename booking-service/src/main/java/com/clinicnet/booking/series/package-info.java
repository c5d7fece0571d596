/**
 * A treatment plan's remaining sessions booked in one request: the same therapist, on the plan's cadence, each at the
 * first one's time of the clinic's clock. All of them or none, unless the client accepts the ones that can be
 * booked; what cannot be booked is answered with the therapist's nearest free times instead.
 */
package com.clinicnet.booking.series;
