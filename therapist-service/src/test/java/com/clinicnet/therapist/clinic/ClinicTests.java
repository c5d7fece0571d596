package com.clinicnet.therapist.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ClinicTests {

    private final Clinic lisbon = new Clinic(UUID.randomUUID(), "Baixa", "Lisbon", "Rua Augusta 100",
            ZoneId.of("Europe/Lisbon"), 3, Duration.ofMinutes(10), 1);

    @Test
    void a_revised_clinic_keeps_its_id_and_moves_to_the_next_version() {
        Clinic details = new Clinic(UUID.randomUUID(), "Baixa-Chiado", "Lisbon", "Rua Augusta 102",
                ZoneId.of("Europe/Lisbon"), 4, Duration.ofMinutes(15), 1);

        Clinic revised = lisbon.revisedAs(details);

        assertThat(revised.id()).isEqualTo(lisbon.id());
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.treatmentRooms()).isEqualTo(4);
    }

    @Test
    void a_clinic_without_a_treatment_room_cannot_exist() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Clinic(UUID.randomUUID(), "Empty", "Porto",
                "Rua 1", ZoneId.of("Europe/Lisbon"), 0, Duration.ZERO, 1));
    }
}
