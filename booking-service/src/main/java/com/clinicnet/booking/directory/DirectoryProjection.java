package com.clinicnet.booking.directory;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.events.ClinicUpdatedV1;
import com.clinicnet.events.ClinicUpdatedV2;
import com.clinicnet.events.ClinicUpdatedV3;
import com.clinicnet.events.TherapistProfileUpdatedV1;
import com.clinicnet.events.TherapistProfileUpdatedV2;
import com.clinicnet.events.SpecialtyDescribedV1;
import com.clinicnet.events.TherapistRemovedV1;
import com.clinicnet.platform.messaging.UnreadableEventException;

/**
 * Writes booking's own copy of the clinic directory and the therapist profiles from the compacted topics (the only
 * writer of the directory's tables; {@link DirectoryReadModel} reads them). Each event carries the full state; a copy
 * older than the one held (by version) is ignored, so redelivery, reordering and a replay from the beginning all end
 * in the same state. Older versions are read as the latest with the defaults they implied (no closures before
 * version 3 of a clinic).
 */
@Service
class DirectoryProjection {

    private static final int DEFAULT_NOTICE_MINUTES = 24 * 60;
    private static final List<Integer> ALL_SESSION_TYPES = List.of(30, 60, 90);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DirectoryProjection(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public void apply(ClinicNetEvent event) {
        switch (event) {
            case ClinicUpdatedV3 clinic -> apply(clinic);
            case ClinicUpdatedV2 v2 -> apply(new ClinicUpdatedV3(v2.eventId(), v2.occurredAt(), v2.clinicId(),
                    v2.name(), v2.city(), v2.address(), v2.timeZone(), v2.treatmentRooms(), v2.bufferMinutes(),
                    v2.lateCancellationNoticeMinutes(), v2.sessionTypes(), v2.openingHours().stream()
                            .map(hours -> new ClinicUpdatedV3.OpeningHours(hours.weekday(), hours.opens(), hours.closes()))
                            .toList(), List.of(), v2.version()));
            case ClinicUpdatedV1 v1 -> apply(new ClinicUpdatedV3(v1.eventId(), v1.occurredAt(), v1.clinicId(),
                    v1.name(), v1.city(), v1.address(), v1.timeZone(), v1.treatmentRooms(), v1.bufferMinutes(),
                    DEFAULT_NOTICE_MINUTES, ALL_SESSION_TYPES, List.of(), List.of(), v1.version()));
            case TherapistProfileUpdatedV2 profile -> apply(profile);
            case TherapistProfileUpdatedV1 v1 -> apply(new TherapistProfileUpdatedV2(v1.eventId(), v1.occurredAt(),
                    v1.therapistId(), v1.name(), v1.active(), List.of(), v1.clinicIds(),
                    v1.specialties().stream().map(s -> new TherapistProfileUpdatedV2.Specialty(s.code(), s.level())).toList(),
                    List.of(), List.of(), v1.version()));
            case TherapistRemovedV1 removed -> removed(removed);
            case SpecialtyDescribedV1 specialty -> apply(specialty);
            default -> throw new UnreadableEventException("Not a directory event: " + event.getClass().getSimpleName());
        }
    }

    private void removed(TherapistRemovedV1 removed) {
        if (jdbc.sql("DELETE FROM therapist_view WHERE id = :id").param("id", removed.therapistId()).update() == 1) {
            events.publishEvent(new TherapistDirectoryChanged(removed.therapistId()));
        }
    }

    private void apply(SpecialtyDescribedV1 specialty) {
        jdbc.sql("DELETE FROM concern_specialty WHERE specialty_code = :code").param("code", specialty.code()).update();
        specialty.addressesConcerns().forEach(concern -> jdbc
                .sql("INSERT INTO concern_specialty (specialty_code, concern) VALUES (:code, :concern)")
                .param("code", specialty.code()).param("concern", concern).update());
    }

    private void apply(ClinicUpdatedV3 clinic) {
        int changed = jdbc.sql("""
                        INSERT INTO clinic_view (id, name, city, time_zone, treatment_rooms, buffer_minutes,
                                                 late_cancellation_notice_minutes, session_types, version)
                        VALUES (:id, :name, :city, :zone, :rooms, :buffer, :notice, :types, :version)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, city = excluded.city,
                            time_zone = excluded.time_zone, treatment_rooms = excluded.treatment_rooms,
                            buffer_minutes = excluded.buffer_minutes,
                            late_cancellation_notice_minutes = excluded.late_cancellation_notice_minutes,
                            session_types = excluded.session_types, version = excluded.version
                        WHERE clinic_view.version < excluded.version
                        """)
                .param("id", clinic.clinicId()).param("name", clinic.name()).param("city", clinic.city())
                .param("zone", clinic.timeZone()).param("rooms", clinic.treatmentRooms())
                .param("buffer", clinic.bufferMinutes()).param("notice", clinic.lateCancellationNoticeMinutes())
                .param("types", clinic.sessionTypes().toArray(Integer[]::new)).param("version", clinic.version())
                .update();
        if (changed == 1) {
            jdbc.sql("DELETE FROM clinic_view_opening_hours WHERE clinic_id = :id").param("id", clinic.clinicId()).update();
            clinic.openingHours().forEach(hours -> jdbc.sql("""
                            INSERT INTO clinic_view_opening_hours (clinic_id, weekday, opens, closes)
                            VALUES (:clinic, :weekday, :opens, :closes)
                            """)
                    .param("clinic", clinic.clinicId()).param("weekday", hours.weekday().name())
                    .param("opens", hours.opens()).param("closes", hours.closes()).update());
            jdbc.sql("DELETE FROM clinic_view_closure WHERE clinic_id = :id").param("id", clinic.clinicId()).update();
            clinic.closures().forEach(closure -> jdbc
                    .sql("INSERT INTO clinic_view_closure (clinic_id, day) VALUES (:clinic, :day)")
                    .param("clinic", clinic.clinicId()).param("day", closure.date()).update());
            events.publishEvent(new ClinicDirectoryChanged(clinic.clinicId()));
        }
    }

    private void apply(TherapistProfileUpdatedV2 profile) {
        int changed = jdbc.sql("""
                        INSERT INTO therapist_view (id, name, active, languages, version)
                        VALUES (:id, :name, :active, :languages, :version)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, active = excluded.active,
                            languages = excluded.languages, version = excluded.version
                        WHERE therapist_view.version < excluded.version
                        """)
                .param("id", profile.therapistId()).param("name", profile.name())
                .param("active", profile.active()).param("languages", profile.languages().toArray(String[]::new))
                .param("version", profile.version())
                .update();
        if (changed == 1) {
            replaceDetails(profile);
            events.publishEvent(new TherapistDirectoryChanged(profile.therapistId()));
        }
    }

    private void replaceDetails(TherapistProfileUpdatedV2 profile) {
        UUID id = profile.therapistId();
        for (String table : List.of("therapist_view_clinic", "therapist_view_specialty", "therapist_view_shift",
                "therapist_view_time_off")) {
            jdbc.sql("DELETE FROM " + table + " WHERE therapist_id = :id").param("id", id).update();
        }
        profile.clinicIds().forEach(clinicId -> jdbc
                .sql("INSERT INTO therapist_view_clinic (therapist_id, clinic_id) VALUES (:therapist, :clinic)")
                .param("therapist", id).param("clinic", clinicId).update());
        profile.specialties().forEach(specialty -> jdbc.sql("""
                        INSERT INTO therapist_view_specialty (therapist_id, specialty_code, level)
                        VALUES (:therapist, :code, :level)
                        """)
                .param("therapist", id).param("code", specialty.code()).param("level", specialty.level()).update());
        profile.schedules().forEach(schedule -> schedule.shifts().forEach(shift -> jdbc.sql("""
                        INSERT INTO therapist_view_shift (therapist_id, effective_from, clinic_id, weekday, starts, ends)
                        VALUES (:therapist, :from, :clinic, :weekday, :starts, :ends)
                        """)
                .param("therapist", id).param("from", schedule.effectiveFrom()).param("clinic", shift.clinicId())
                .param("weekday", shift.weekday().name()).param("starts", shift.starts()).param("ends", shift.ends())
                .update()));
        profile.timeOff().forEach(timeOff -> jdbc.sql("""
                        INSERT INTO therapist_view_time_off (id, therapist_id, starts_at, ends_at)
                        VALUES (:id, :therapist, :from, :to)
                        """)
                .param("id", timeOff.timeOffId()).param("therapist", id)
                .param("from", java.sql.Timestamp.from(timeOff.from())).param("to", java.sql.Timestamp.from(timeOff.to()))
                .update());
    }
}
