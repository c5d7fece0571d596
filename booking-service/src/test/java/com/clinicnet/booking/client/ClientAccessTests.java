package com.clinicnet.booking.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.platform.problem.ForbiddenException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

class ClientAccessTests {

    private final UUID lisbon = UUID.randomUUID();
    private final UUID porto = UUID.randomUUID();
    private final UUID maria = UUID.randomUUID();
    private final Caller lisbonDesk = new Caller("desk-lisbon", Set.of(Role.FRONT_DESK), Set.of(lisbon));

    @Test
    void a_client_acts_for_themselves_and_another_client_is_not_found() {
        Caller herself = new Caller(maria.toString(), Set.of(Role.CLIENT), Set.of());
        Caller someoneElse = new Caller(UUID.randomUUID().toString(), Set.of(Role.CLIENT), Set.of());

        assertThatCode(() -> ClientAccess.requireMayActFor(herself, maria, () -> false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ClientAccess.requireMayActFor(someoneElse, maria, () -> false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_front_desk_acts_for_a_client_its_clinics_know_and_any_other_is_not_found() {
        assertThatCode(() -> ClientAccess.requireMayActFor(lisbonDesk, maria, () -> true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ClientAccess.requireMayActFor(lisbonDesk, maria, () -> false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void operations_and_therapists_never_act_for_a_client() {
        assertThatThrownBy(() -> ClientAccess.requireMayActFor(new Caller("ops", Set.of(Role.OPS), Set.of()), maria,
                () -> true)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ClientAccess.requireMayActFor(new Caller(UUID.randomUUID().toString(),
                Set.of(Role.THERAPIST), Set.of()), maria, () -> true)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void booking_for_a_client_no_clinic_of_the_desk_knows_is_as_for_a_client_that_does_not_exist() {
        assertThatThrownBy(() -> ClientAccess.requireMayBookFor(lisbonDesk, maria, () -> false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("clientId"));
    }

    @Test
    void a_walk_in_is_registered_at_the_desks_only_clinic_or_the_one_it_names() {
        Caller twoClinics = new Caller("desk-both", Set.of(Role.FRONT_DESK), Set.of(lisbon, porto));

        assertThat(ClientAccess.registeringClinic(lisbonDesk, null)).contains(lisbon);
        assertThat(ClientAccess.registeringClinic(twoClinics, porto)).contains(porto);
        assertThatThrownBy(() -> ClientAccess.registeringClinic(twoClinics, null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("registeringClinicId"));
        assertThatThrownBy(() -> ClientAccess.registeringClinic(lisbonDesk, porto))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_client_registering_themselves_is_registered_at_no_clinic() {
        Caller herself = new Caller(maria.toString(), Set.of(Role.CLIENT), Set.of());

        assertThat(ClientAccess.registeringClinic(herself, lisbon)).isEmpty();
    }
}
