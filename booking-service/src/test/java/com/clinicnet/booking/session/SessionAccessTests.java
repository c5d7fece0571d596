package com.clinicnet.booking.session;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.platform.problem.ForbiddenException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

class SessionAccessTests {

    private final UUID lisbon = UUID.randomUUID();
    private final UUID porto = UUID.randomUUID();
    private final Session maria = new Session(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), lisbon, 1,
            Instant.parse("2026-12-01T10:00:00Z"), SessionLength.SIXTY_MINUTES, Duration.ofMinutes(10),
            ZoneId.of("Europe/Lisbon"), Duration.ofHours(24), SessionStatus.BOOKED, 1);

    @Test
    void a_client_sees_their_own_session_but_another_client_is_told_it_does_not_exist() {
        assertThatCode(() -> SessionAccess.requireMayRead(caller(maria.clientId().toString(), Role.CLIENT), maria))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SessionAccess.requireMayRead(caller(UUID.randomUUID().toString(), Role.CLIENT), maria))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_therapist_of_the_session_sees_it_and_no_other_therapist_does() {
        assertThatCode(() -> SessionAccess.requireMayRead(caller(maria.therapistId().toString(), Role.THERAPIST), maria))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SessionAccess.requireMayRead(caller(UUID.randomUUID().toString(), Role.THERAPIST), maria))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_front_desk_books_only_at_its_own_clinics() {
        Caller lisbonDesk = new Caller("desk", Set.of(Role.FRONT_DESK), Set.of(lisbon));

        assertThatCode(() -> SessionAccess.requireMayBook(lisbonDesk, lisbon)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SessionAccess.requireMayBook(lisbonDesk, porto)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_front_desk_sees_only_its_own_clinics_sessions_of_a_client_its_clinics_know() {
        Caller lisbonDesk = new Caller("desk", Set.of(Role.FRONT_DESK), Set.of(lisbon));
        Session inPorto = new Session(UUID.randomUUID(), maria.clientId(), maria.therapistId(), porto, 1,
                maria.startsAt(), SessionLength.SIXTY_MINUTES, Duration.ofMinutes(10), ZoneId.of("Europe/Lisbon"),
                Duration.ofHours(24), SessionStatus.BOOKED, 1);

        var visible = SessionAccess.visibleTo(lisbonDesk, maria.clientId(), () -> true);

        org.assertj.core.api.Assertions.assertThat(visible.test(maria)).isTrue();
        org.assertj.core.api.Assertions.assertThat(visible.test(inPorto)).isFalse();
    }

    @Test
    void a_client_no_clinic_of_the_front_desk_knows_is_not_found() {
        Caller lisbonDesk = new Caller("desk", Set.of(Role.FRONT_DESK), Set.of(lisbon));

        assertThatThrownBy(() -> SessionAccess.visibleTo(lisbonDesk, maria.clientId(), () -> false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_therapist_of_a_session_reads_its_clients_intake_until_a_day_after_it_ends() {
        Caller ana = caller(maria.therapistId().toString(), Role.THERAPIST);
        Instant aDayAfter = maria.endsAt().plus(Duration.ofHours(24));

        assertThatCode(() -> SessionAccess.requireMayReadIntake(ana, maria, maria.startsAt().minus(Duration.ofDays(7)),
                Duration.ofHours(24))).doesNotThrowAnyException();
        assertThatCode(() -> SessionAccess.requireMayReadIntake(ana, maria, aDayAfter, Duration.ofHours(24)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SessionAccess.requireMayReadIntake(ana, maria, aDayAfter.plusSeconds(1),
                Duration.ofHours(24))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_therapist_of_a_cancelled_session_no_longer_reads_the_intake_and_no_other_therapist_ever_does() {
        Caller ana = caller(maria.therapistId().toString(), Role.THERAPIST);
        Instant before = maria.startsAt().minus(Duration.ofDays(1));

        assertThatThrownBy(() -> SessionAccess.requireMayReadIntake(ana, maria.cancelled(), before, Duration.ofHours(24)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SessionAccess.requireMayReadIntake(caller(UUID.randomUUID().toString(), Role.THERAPIST),
                maria, before, Duration.ofHours(24))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void operations_never_read_an_intake() {
        assertThatThrownBy(() -> SessionAccess.requireMayReadIntake(caller("ops", Role.OPS), maria,
                maria.startsAt(), Duration.ofHours(24))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void an_administrator_manages_the_catalogue_not_the_sessions() {
        assertThatThrownBy(() -> SessionAccess.requireMayRead(caller("admin", Role.ADMIN), maria))
                .isInstanceOf(ForbiddenException.class);
    }

    private static Caller caller(String subject, Role role) {
        return new Caller(subject, Set.of(role), Set.of());
    }
}
