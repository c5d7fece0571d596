package com.clinicnet.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of event types: the CloudEvents {@code type} name, the topic each is published to,
 * and the record that carries it. A new version of an event is a new entry, never an edit.
 */
public enum EventType {

    CLINIC_UPDATED_V1("clinicnet.therapist.ClinicUpdated.v1", Topics.CLINIC_DIRECTORY, ClinicUpdatedV1.class),
    CLINIC_UPDATED_V2("clinicnet.therapist.ClinicUpdated.v2", Topics.CLINIC_DIRECTORY, ClinicUpdatedV2.class),
    CLINIC_UPDATED_V3("clinicnet.therapist.ClinicUpdated.v3", Topics.CLINIC_DIRECTORY, ClinicUpdatedV3.class),
    THERAPIST_PROFILE_UPDATED_V1("clinicnet.therapist.TherapistProfileUpdated.v1", Topics.THERAPIST_PROFILES,
            TherapistProfileUpdatedV1.class),
    THERAPIST_PROFILE_UPDATED_V2("clinicnet.therapist.TherapistProfileUpdated.v2", Topics.THERAPIST_PROFILES,
            TherapistProfileUpdatedV2.class),
    THERAPIST_REMOVED_V1("clinicnet.therapist.TherapistRemoved.v1", Topics.THERAPIST_PROFILES,
            TherapistRemovedV1.class),
    CLIENT_CONTACT_UPDATED_V1("clinicnet.booking.ClientContactUpdated.v1", Topics.CLIENT_CONTACTS,
            ClientContactUpdatedV1.class),
    CLIENT_CONTACT_UPDATED_V2("clinicnet.booking.ClientContactUpdated.v2", Topics.CLIENT_CONTACTS,
            ClientContactUpdatedV2.class),
    CLIENT_ERASED_V1("clinicnet.booking.ClientErased.v1", Topics.CLIENT_CONTACTS, ClientErasedV1.class),
    SPECIALTY_DESCRIBED_V1("clinicnet.therapist.SpecialtyDescribed.v1", Topics.SPECIALTY_CATALOG,
            SpecialtyDescribedV1.class),
    SESSION_BOOKED_V1("clinicnet.booking.SessionBooked.v1", Topics.BOOKING_SESSIONS, SessionBookedV1.class),
    SESSION_RESCHEDULED_V1("clinicnet.booking.SessionRescheduled.v1", Topics.BOOKING_SESSIONS,
            SessionRescheduledV1.class),
    SESSION_CANCELLED_V1("clinicnet.booking.SessionCancelled.v1", Topics.BOOKING_SESSIONS, SessionCancelledV1.class),
    SESSION_CANCELLED_V2("clinicnet.booking.SessionCancelled.v2", Topics.BOOKING_SESSIONS, SessionCancelledV2.class),
    SESSION_COMPLETED_V1("clinicnet.booking.SessionCompleted.v1", Topics.BOOKING_SESSIONS, SessionCompletedV1.class),
    SESSION_NO_SHOW_V1("clinicnet.booking.SessionNoShow.v1", Topics.BOOKING_SESSIONS, SessionNoShowV1.class),
    CLIENT_ARRIVED_V1("clinicnet.booking.ClientArrived.v1", Topics.BOOKING_SESSIONS, ClientArrivedV1.class),
    SESSION_DISRUPTED_V1("clinicnet.booking.SessionDisrupted.v1", Topics.BOOKING_SESSIONS, SessionDisruptedV1.class),
    SESSION_DISRUPTION_ESCALATED_V1("clinicnet.booking.SessionDisruptionEscalated.v1", Topics.BOOKING_SESSIONS,
            SessionDisruptionEscalatedV1.class),
    WAITLIST_SLOT_OFFERED_V1("clinicnet.booking.WaitlistSlotOffered.v1", Topics.BOOKING_SESSIONS,
            WaitlistSlotOfferedV1.class),
    TREATMENT_PLAN_STARTED_V1("clinicnet.booking.TreatmentPlanStarted.v1", Topics.BOOKING_PLANS,
            TreatmentPlanStartedV1.class),
    FOLLOW_UP_DUE_V1("clinicnet.booking.FollowUpDue.v1", Topics.BOOKING_PLANS, FollowUpDueV1.class),
    TREATMENT_PLAN_COMPLETED_V1("clinicnet.booking.TreatmentPlanCompleted.v1", Topics.BOOKING_PLANS,
            TreatmentPlanCompletedV1.class),
    NOTIFICATION_SENT_V1("clinicnet.notification.NotificationSent.v1", Topics.NOTIFICATION_OUTCOMES,
            NotificationSentV1.class),
    NOTIFICATION_FAILED_V1("clinicnet.notification.NotificationFailed.v1", Topics.NOTIFICATION_OUTCOMES,
            NotificationFailedV1.class);

    private final String typeName;
    private final String topic;
    private final Class<? extends ClinicNetEvent> recordType;

    EventType(String typeName, String topic, Class<? extends ClinicNetEvent> recordType) {
        this.typeName = typeName;
        this.topic = topic;
        this.recordType = recordType;
    }

    public String typeName() {
        return typeName;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends ClinicNetEvent> recordType() {
        return recordType;
    }

    /** True for events that travel as a tombstone (a key without a value). */
    public boolean isTombstone() {
        return Tombstone.class.isAssignableFrom(recordType);
    }

    public static Optional<EventType> named(String typeName) {
        return Arrays.stream(values()).filter(type -> type.typeName.equals(typeName)).findFirst();
    }

    public static EventType of(ClinicNetEvent event) {
        return Arrays.stream(values())
                .filter(type -> type.recordType.equals(event.getClass()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not in the event catalogue: " + event.getClass()));
    }
}
