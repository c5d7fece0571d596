package com.clinicnet.web.services;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

/** The times a disrupted session's client is offered, with the names the pages show, in the order offered. */
@Component
public class OfferedTimes {

    private final TherapistService therapists;

    OfferedTimes(TherapistService therapists) {
        this.therapists = therapists;
    }

    public List<OfferedTime> of(Disruption disruption) {
        return IntStream.range(0, disruption.alternatives().size()).mapToObj(index -> {
            Disruption.Alternative offer = disruption.alternatives().get(index);
            return new OfferedTime(index + 1, offer.starts(), offer.timeZone(),
                    therapists.therapistName(offer.therapistId()).orElse(null),
                    therapists.clinicName(offer.clinicId()).orElse(null));
        }).toList();
    }

    /** A time offered (rank 1 first); a name is null when its therapist or clinic is gone from the directory. */
    public record OfferedTime(int rank, OffsetDateTime starts, String timeZone, String therapist, String clinic) {
    }
}
