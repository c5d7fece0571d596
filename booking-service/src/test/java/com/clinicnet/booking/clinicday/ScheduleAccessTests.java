package com.clinicnet.booking.clinicday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

class ScheduleAccessTests {

    private final UUID baixa = UUID.randomUUID();
    private final UUID porto = UUID.randomUUID();
    private final UUID ana = UUID.randomUUID();

    @Test
    void a_front_desk_reads_only_its_own_clinics_day() {
        Caller desk = new Caller("desk-baixa", Set.of(Role.FRONT_DESK), Set.of(baixa));

        ScheduleAccess.requireMayReadClinicDay(desk, baixa);
        assertThatThrownBy(() -> ScheduleAccess.requireMayReadClinicDay(desk, porto))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_administrator_reads_any_clinics_day_and_a_therapist_or_operations_none() {
        ScheduleAccess.requireMayReadClinicDay(new Caller("admin", Set.of(Role.ADMIN), Set.of()), porto);

        for (Role role : new Role[] { Role.THERAPIST, Role.OPS, Role.CLIENT }) {
            Caller caller = new Caller(UUID.randomUUID().toString(), Set.of(role), Set.of(baixa));
            assertThatThrownBy(() -> ScheduleAccess.requireMayReadClinicDay(caller, baixa))
                    .as(role.name()).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void a_therapist_reads_their_own_schedule_as_its_treating_therapist_and_nobody_elses() {
        Caller therapist = new Caller(ana.toString(), Set.of(Role.THERAPIST), Set.of());

        assertThat(ScheduleAccess.readerOfTherapistSchedule(therapist, ana))
                .isEqualTo(ScheduleAccess.Reader.TREATING_THERAPIST);
        assertThatThrownBy(() -> ScheduleAccess.readerOfTherapistSchedule(therapist, UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_front_desk_reads_a_therapists_schedule_as_the_desk_and_an_administrator_not_at_all() {
        assertThat(ScheduleAccess.readerOfTherapistSchedule(
                new Caller("desk-baixa", Set.of(Role.FRONT_DESK), Set.of(baixa)), ana))
                .isEqualTo(ScheduleAccess.Reader.FRONT_DESK);
        assertThatThrownBy(() -> ScheduleAccess.readerOfTherapistSchedule(
                new Caller("admin", Set.of(Role.ADMIN), Set.of()), ana)).isInstanceOf(NotFoundException.class);
    }
}
