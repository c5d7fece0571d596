package com.clinicnet.therapist;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The network's source of truth for clinics, the specialty catalogue, therapists and their schedules. */
@SpringBootApplication
public class TherapistServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TherapistServiceApplication.class, args);
    }
}
