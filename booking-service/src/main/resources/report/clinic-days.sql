-- The figures of GET /reports/clinic-days, per clinic and local date (the service adds the shift minutes and the
-- utilisation). Parameters: :from and :to, dates both included; :clinic, one clinic's id or NULL for all. The Grafana
-- dashboard "Clinic days" runs this same statement.
--
-- A date of a clinic runs from the first instant its wall clock shows that date to the first instant it shows the
-- next, so a day the clocks change is 23 or 25 hours long. PostgreSQL reads a local midnight that happens twice (the
-- Azores turn their clocks back from 01 to 00 o'clock) as the second one, so when the hour before it still shows the
-- date, the date began an hour earlier. Each figure is then counted by one index range scan per clinic and date (a LATERAL
-- subquery, so the planner cannot choose to join whole tables on the clinic alone and filter the ranges afterwards), the
-- instants compared as they are stored, without converting a row to local time.
WITH reported_day AS (
  SELECT c.id AS clinic_id, d.day,
         CASE WHEN ((d.midnight - interval '1 hour') AT TIME ZONE c.time_zone)::date = d.day
              THEN d.midnight - interval '1 hour' ELSE d.midnight END AS starts,
         CASE WHEN ((d.next_midnight - interval '1 hour') AT TIME ZONE c.time_zone)::date = d.day + 1
              THEN d.next_midnight - interval '1 hour' ELSE d.next_midnight END AS ends
  FROM clinic_view c
  CROSS JOIN LATERAL (
    SELECT CAST(:from AS date) + n AS day, (CAST(:from AS date) + n)::timestamp AT TIME ZONE c.time_zone AS midnight,
           (CAST(:from AS date) + n + 1)::timestamp AT TIME ZONE c.time_zone AS next_midnight
    FROM generate_series(0, CAST(:to AS date) - CAST(:from AS date)) n
  ) d
  WHERE CAST(:clinic AS uuid) IS NULL OR c.id = CAST(:clinic AS uuid)
),
-- a follow-up knows its clinic only through its plan: found by the instant it was raised, within the whole reported
-- stretch of time, then counted on its plan's clinic's date
follow_ups AS (
  SELECT r.clinic_id, r.day, count(*) AS follow_ups_raised,
         count(*) FILTER (WHERE f.state = 'CONVERTED') AS follow_ups_converted
  FROM follow_up f
  JOIN treatment_plan p ON p.id = f.plan_id
  JOIN reported_day r ON r.clinic_id = p.clinic_id AND f.raised_at >= r.starts AND f.raised_at < r.ends
  WHERE f.raised_at >= (SELECT min(starts) FROM reported_day) AND f.raised_at < (SELECT max(ends) FROM reported_day)
  GROUP BY r.clinic_id, r.day
)
SELECT r.clinic_id, r.day, b.sessions_booked, s.sessions_scheduled, s.completed, s.cancelled, s.late_cancelled,
       s.no_shows, s.booked_minutes, ps.plans_started, pc.plans_completed,
       coalesce(f.follow_ups_raised, 0) AS follow_ups_raised, coalesce(f.follow_ups_converted, 0) AS follow_ups_converted
FROM reported_day r
CROSS JOIN LATERAL (
  SELECT count(*) AS sessions_booked FROM session
  WHERE clinic_id = r.clinic_id AND booked_at >= r.starts AND booked_at < r.ends AND status <> 'HELD'
) b
CROSS JOIN LATERAL (
  SELECT count(*) AS sessions_scheduled,
         count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
         count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled,
         count(*) FILTER (WHERE status = 'CANCELLED' AND late_cancellation) AS late_cancelled,
         count(*) FILTER (WHERE status = 'NO_SHOW') AS no_shows,
         coalesce(sum(duration_minutes) FILTER (WHERE status <> 'CANCELLED'), 0) AS booked_minutes
  FROM session
  WHERE clinic_id = r.clinic_id AND starts_at >= r.starts AND starts_at < r.ends AND status <> 'HELD'
) s
CROSS JOIN LATERAL (
  SELECT count(*) AS plans_started FROM treatment_plan
  WHERE clinic_id = r.clinic_id AND created_at >= r.starts AND created_at < r.ends
) ps
CROSS JOIN LATERAL (
  SELECT count(*) AS plans_completed FROM treatment_plan
  WHERE clinic_id = r.clinic_id AND completed_at >= r.starts AND completed_at < r.ends
) pc
LEFT JOIN follow_ups f ON f.clinic_id = r.clinic_id AND f.day = r.day
