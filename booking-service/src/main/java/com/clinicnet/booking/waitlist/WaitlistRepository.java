package com.clinicnet.booking.waitlist;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The waitlist's lines and the offers made from them. */
@Repository
class WaitlistRepository {

    private static final String ENTRY_COLUMNS = """
            SELECT id, client_id, concern, therapist_id, clinic_id, city, weekdays, earliest, latest,
                   duration_minutes, state, joined_at
            FROM waitlist_entry
            """;
    private static final String OFFER_COLUMNS = """
            SELECT id, entry_id, session_id, therapist_id, clinic_id, starts_at, ends_at, clinic_time_zone,
                   held_until, state, offered_at
            FROM waitlist_offer
            """;

    private final JdbcClient jdbc;

    WaitlistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WaitlistEntry entry) {
        jdbc.sql("""
                        INSERT INTO waitlist_entry (id, client_id, concern, therapist_id, clinic_id, city, weekdays,
                                                    earliest, latest, duration_minutes, state, joined_at)
                        VALUES (:id, :client, :concern, :therapist, :clinic, :city, CAST(:weekdays AS SMALLINT[]),
                                :earliest, :latest, :minutes, :state, :joinedAt)
                        """)
                .param("id", entry.id()).param("client", entry.clientId())
                .param("concern", entry.concern(), java.sql.Types.VARCHAR)
                .param("therapist", entry.therapistId(), java.sql.Types.OTHER)
                .param("clinic", entry.clinicId(), java.sql.Types.OTHER)
                .param("city", entry.city(), java.sql.Types.VARCHAR)
                .param("weekdays", weekdays(entry.hours()))
                .param("earliest", entry.hours().earliest()).param("latest", entry.hours().latest())
                .param("minutes", entry.length().toMinutes()).param("state", entry.state().name())
                .param("joinedAt", Timestamp.from(entry.joinedAt()))
                .update();
    }

    Optional<WaitlistEntry> entry(UUID id) {
        return jdbc.sql(ENTRY_COLUMNS + " WHERE id = :id").param("id", id).query(WaitlistRepository::entry).optional();
    }

    /**
     * The entry, locked until the transaction ends: whoever offers it a time, or changes it, holds this lock first,
     * so a client never gets two offers at once nor one after leaving.
     */
    Optional<WaitlistEntry> lock(UUID id) {
        return jdbc.sql(ENTRY_COLUMNS + " WHERE id = :id FOR UPDATE").param("id", id)
                .query(WaitlistRepository::entry).optional();
    }

    List<WaitlistEntry> entriesOf(UUID clientId) {
        return jdbc.sql(ENTRY_COLUMNS + " WHERE client_id = :client ORDER BY joined_at DESC, id")
                .param("client", clientId).query(WaitlistRepository::entry).list();
    }

    /** Whether anyone at all is in line (one probe of the line's index). */
    boolean anyoneWaiting() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM waitlist_entry WHERE state = 'WAITING')")
                .query(Boolean.class).single();
    }

    int waitingOf(UUID clientId) {
        return jdbc.sql("SELECT count(*) FROM waitlist_entry WHERE client_id = :client AND state = 'WAITING'")
                .param("client", clientId).query(Integer.class).single();
    }

    /**
     * Those in line, first come first: waiting, without an open offer, for one of these clinics or cities and for
     * this therapist (or their concern, when {@code therapistId} is null: for anyone).
     */
    List<WaitlistEntry> inLineFor(UUID therapistId, Collection<UUID> clinicIds, Collection<String> cities, int limit) {
        return jdbc.sql(ENTRY_COLUMNS + """
                         WHERE state = 'WAITING'
                          AND (clinic_id = ANY(:clinics) OR lower(city) = ANY(:cities))
                          AND (therapist_id IS NULL OR CAST(:therapist AS uuid) IS NULL OR therapist_id = :therapist)
                          AND NOT EXISTS (SELECT 1 FROM waitlist_offer o WHERE o.entry_id = waitlist_entry.id
                                                                           AND o.state = 'OPEN')
                        ORDER BY joined_at, id
                        LIMIT :limit
                        """)
                .param("clinics", clinicIds.toArray(UUID[]::new))
                .param("cities", cities.stream().map(String::toLowerCase).toArray(String[]::new))
                .param("therapist", therapistId, java.sql.Types.OTHER).param("limit", limit)
                .query(WaitlistRepository::entry).list();
    }

    /** Deletes the client's places in line and the offers made from them. */
    void deleteOf(UUID clientId) {
        jdbc.sql("""
                        DELETE FROM waitlist_offer
                        WHERE entry_id IN (SELECT id FROM waitlist_entry WHERE client_id = :client)
                        """).param("client", clientId).update();
        jdbc.sql("DELETE FROM waitlist_entry WHERE client_id = :client").param("client", clientId).update();
    }

    void changeState(UUID entryId, WaitlistState state, Instant at) {
        jdbc.sql("UPDATE waitlist_entry SET state = :state, left_at = :at WHERE id = :id")
                .param("id", entryId).param("state", state.name()).param("at", Timestamp.from(at)).update();
    }

    void insert(WaitlistOffer offer) {
        jdbc.sql("""
                        INSERT INTO waitlist_offer (id, entry_id, session_id, therapist_id, clinic_id, starts_at,
                                                    ends_at, clinic_time_zone, held_until, state, offered_at)
                        VALUES (:id, :entry, :session, :therapist, :clinic, :startsAt, :endsAt, :zone, :heldUntil,
                                :state, :offeredAt)
                        """)
                .param("id", offer.id()).param("entry", offer.entryId()).param("session", offer.sessionId())
                .param("therapist", offer.therapistId()).param("clinic", offer.clinicId())
                .param("startsAt", Timestamp.from(offer.startsAt())).param("endsAt", Timestamp.from(offer.endsAt()))
                .param("zone", offer.clinicTimeZone().getId()).param("heldUntil", Timestamp.from(offer.heldUntil()))
                .param("state", offer.state().name()).param("offeredAt", Timestamp.from(offer.offeredAt()))
                .update();
    }

    Optional<WaitlistOffer> offer(UUID id) {
        return jdbc.sql(OFFER_COLUMNS + " WHERE id = :id").param("id", id).query(WaitlistRepository::offer).optional();
    }

    Optional<WaitlistOffer> openOfferOf(UUID entryId) {
        return jdbc.sql(OFFER_COLUMNS + " WHERE entry_id = :entry AND state = 'OPEN'").param("entry", entryId)
                .query(WaitlistRepository::offer).optional();
    }

    /** The latest offer of each of these entries, open or not. */
    List<WaitlistOffer> latestOffersOf(Collection<UUID> entryIds) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (entry_id) id, entry_id, session_id, therapist_id, clinic_id, starts_at,
                               ends_at, clinic_time_zone, held_until, state, offered_at
                        FROM waitlist_offer
                        WHERE entry_id = ANY(:entries) ORDER BY entry_id, offered_at DESC
                        """)
                .param("entries", entryIds.toArray(UUID[]::new)).query(WaitlistRepository::offer).list();
    }

    /** Whether this client was already offered this therapist at this time (and let it go). */
    boolean wasOffered(UUID entryId, UUID therapistId, Instant startsAt) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM waitlist_offer
                                       WHERE entry_id = :entry AND therapist_id = :therapist AND starts_at = :startsAt)
                        """)
                .param("entry", entryId).param("therapist", therapistId).param("startsAt", Timestamp.from(startsAt))
                .query(Boolean.class).single();
    }

    /** Open offers whose hold ran out by {@code now}, the oldest deadline first. */
    List<WaitlistOffer> runOut(Instant now, int limit) {
        return jdbc.sql(OFFER_COLUMNS + " WHERE state = 'OPEN' AND held_until <= :now ORDER BY held_until LIMIT :limit")
                .param("now", Timestamp.from(now)).param("limit", limit).query(WaitlistRepository::offer).list();
    }

    /** Takes the offer while it is still held at {@code now}; false when it was not (decided, or run out). */
    boolean accept(UUID offerId, Instant now) {
        return jdbc.sql("""
                        UPDATE waitlist_offer SET state = 'ACCEPTED', decided_at = :now
                        WHERE id = :id AND state = 'OPEN' AND held_until > :now
                        """)
                .param("id", offerId).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Ends the hold when it ran out by {@code now}; false when it was taken or ended first. */
    boolean expire(UUID offerId, Instant now) {
        return jdbc.sql("""
                        UPDATE waitlist_offer SET state = 'EXPIRED', decided_at = :now
                        WHERE id = :id AND state = 'OPEN' AND held_until <= :now
                        """)
                .param("id", offerId).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Ends an open offer as declined or withdrawn; false when it was no longer open. */
    boolean close(UUID offerId, OfferState outcome, Instant now) {
        return jdbc.sql("UPDATE waitlist_offer SET state = :state, decided_at = :now WHERE id = :id AND state = 'OPEN'")
                .param("id", offerId).param("state", outcome.name()).param("now", Timestamp.from(now))
                .update() == 1;
    }

    private static String weekdays(SuitableHours hours) {
        return hours.days().stream().sorted().map(day -> String.valueOf(day.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static WaitlistEntry entry(ResultSet row, int n) throws SQLException {
        Array weekdays = row.getArray("weekdays");
        SuitableHours hours = new SuitableHours(Arrays.stream((Object[]) weekdays.getArray())
                .map(day -> DayOfWeek.of(((Number) day).intValue())).collect(Collectors.toSet()),
                row.getTime("earliest").toLocalTime(), row.getTime("latest").toLocalTime());
        return new WaitlistEntry(row.getObject("id", UUID.class), row.getObject("client_id", UUID.class),
                row.getString("concern"), row.getObject("therapist_id", UUID.class),
                row.getObject("clinic_id", UUID.class), row.getString("city"), hours,
                Duration.ofMinutes(row.getInt("duration_minutes")), WaitlistState.valueOf(row.getString("state")),
                row.getTimestamp("joined_at").toInstant());
    }

    private static WaitlistOffer offer(ResultSet row, int n) throws SQLException {
        return new WaitlistOffer(row.getObject("id", UUID.class), row.getObject("entry_id", UUID.class),
                row.getObject("session_id", UUID.class), row.getObject("therapist_id", UUID.class),
                row.getObject("clinic_id", UUID.class), row.getTimestamp("starts_at").toInstant(),
                row.getTimestamp("ends_at").toInstant(), ZoneId.of(row.getString("clinic_time_zone")),
                row.getTimestamp("held_until").toInstant(), OfferState.valueOf(row.getString("state")),
                row.getTimestamp("offered_at").toInstant());
    }
}
