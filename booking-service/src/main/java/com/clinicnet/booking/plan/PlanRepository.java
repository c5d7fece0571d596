package com.clinicnet.booking.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TreatmentPlan plan) {
        jdbc.sql("""
                        INSERT INTO treatment_plan (id, client_id, therapist_id, clinic_id, concern, sessions_planned,
                                                    interval_days, clinic_time_zone, status)
                        VALUES (:id, :client, :therapist, :clinic, :concern, :sessions, :interval, :zone, :status)
                        """)
                .param("id", plan.id()).param("client", plan.clientId()).param("therapist", plan.therapistId())
                .param("clinic", plan.clinicId()).param("concern", plan.concern())
                .param("sessions", plan.sessionsPlanned()).param("interval", plan.intervalDays())
                .param("zone", plan.clinicTimeZone().getId()).param("status", plan.status().name())
                .update();
    }

    Optional<TreatmentPlan> find(UUID id) {
        return jdbc.sql("SELECT * FROM treatment_plan WHERE id = :id").param("id", id).query(PlanRepository::plan)
                .optional();
    }

    List<TreatmentPlan> ofClient(UUID clientId) {
        return jdbc.sql("SELECT * FROM treatment_plan WHERE client_id = :client ORDER BY created_at")
                .param("client", clientId).query(PlanRepository::plan).list();
    }

    void complete(UUID id, Instant at) {
        jdbc.sql("UPDATE treatment_plan SET status = 'COMPLETED', completed_at = :at WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** The plan's new length and cadence, while it is active; false when it no longer is. */
    boolean change(UUID id, int sessionsPlanned, int intervalDays) {
        return jdbc.sql("""
                        UPDATE treatment_plan SET sessions_planned = :sessions, interval_days = :interval
                        WHERE id = :id AND status = 'ACTIVE'
                        """)
                .param("id", id).param("sessions", sessionsPlanned).param("interval", intervalDays).update() == 1;
    }

    /** Ends the plan early, while it is active; false when it no longer is. */
    boolean end(UUID id) {
        return jdbc.sql("UPDATE treatment_plan SET status = 'ENDED' WHERE id = :id AND status = 'ACTIVE'")
                .param("id", id).update() == 1;
    }

    void endAndAnonymise(UUID clientId, UUID erasedClient) {
        jdbc.sql("""
                        UPDATE treatment_plan SET client_id = :erased, concern = 'ERASED',
                               status = CASE WHEN status = 'ACTIVE' THEN 'ENDED' ELSE status END
                        WHERE client_id = :client
                        """)
                .param("client", clientId).param("erased", erasedClient).update();
    }

    int completedSessions(UUID planId) {
        return jdbc.sql("SELECT count(*) FROM session WHERE plan_id = :plan AND status = 'COMPLETED'")
                .param("plan", planId).query(Integer.class).single();
    }

    int bookedSessions(UUID planId) {
        return jdbc.sql("SELECT count(*) FROM session WHERE plan_id = :plan AND status = 'BOOKED'")
                .param("plan", planId).query(Integer.class).single();
    }

    boolean hasBookedSession(UUID planId) {
        return bookedSessions(planId) > 0;
    }

    Optional<UUID> planOfSession(UUID sessionId) {
        return jdbc.sql("SELECT plan_id FROM session WHERE id = :id AND plan_id IS NOT NULL").param("id", sessionId)
                .query(UUID.class).optional();
    }

    void scheduleFollowUp(UUID planId, LocalDate dueDate, Instant firesAt) {
        jdbc.sql("""
                        INSERT INTO follow_up (plan_id, due_date, fires_at, state) VALUES (:plan, :due, :fires, 'PENDING')
                        ON CONFLICT DO NOTHING
                        """)
                .param("plan", planId).param("due", dueDate).param("fires", Timestamp.from(firesAt)).update();
    }

    void stopFollowUps(UUID planId) {
        jdbc.sql("UPDATE follow_up SET state = 'STOPPED' WHERE plan_id = :plan AND state = 'PENDING'")
                .param("plan", planId).update();
    }

    /** Marks the plan's raised follow-ups converted, now that its next session is booked; returns how many. */
    int convertRaisedFollowUps(UUID planId) {
        return jdbc.sql("UPDATE follow_up SET state = 'CONVERTED' WHERE plan_id = :plan AND state = 'RAISED'")
                .param("plan", planId).update();
    }

    /** Due follow-ups, locked for this transaction; rows another instance holds are skipped. */
    List<DueFollowUp> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT plan_id, due_date FROM follow_up WHERE state = 'PENDING' AND fires_at <= :now
                        ORDER BY fires_at LIMIT :limit FOR UPDATE SKIP LOCKED
                        """)
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((row, n) -> new DueFollowUp(row.getObject("plan_id", UUID.class),
                        row.getDate("due_date").toLocalDate()))
                .list();
    }

    /** Raised at that instant: the clinic-days report counts it on that day. */
    void raiseFollowUp(DueFollowUp followUp, Instant at) {
        jdbc.sql("UPDATE follow_up SET state = 'RAISED', raised_at = :at WHERE plan_id = :plan AND due_date = :due")
                .param("at", Timestamp.from(at)).param("plan", followUp.planId()).param("due", followUp.dueDate())
                .update();
    }

    void markFollowUp(DueFollowUp followUp, String state) {
        jdbc.sql("UPDATE follow_up SET state = :state WHERE plan_id = :plan AND due_date = :due")
                .param("state", state).param("plan", followUp.planId()).param("due", followUp.dueDate()).update();
    }

    record DueFollowUp(UUID planId, LocalDate dueDate) {
    }

    private static TreatmentPlan plan(ResultSet row, int n) throws SQLException {
        return new TreatmentPlan(row.getObject("id", UUID.class), row.getObject("client_id", UUID.class),
                row.getObject("therapist_id", UUID.class), row.getObject("clinic_id", UUID.class),
                row.getString("concern"), row.getInt("sessions_planned"), row.getInt("interval_days"),
                ZoneId.of(row.getString("clinic_time_zone")), TreatmentPlan.PlanStatus.valueOf(row.getString("status")));
    }
}
