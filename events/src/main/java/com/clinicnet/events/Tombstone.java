package com.clinicnet.events;

/**
 * An event that travels as a Kafka tombstone on a compacted topic: a key (its subject) and no value. Its id, type
 * and time are in the CloudEvents headers; a reader rebuilds it from those and the key.
 */
public interface Tombstone extends ClinicNetEvent {
}
