-- The figures of GET /reports/clinic-days, per clinic and local date on which anything happened (the service adds
-- the dates with nothing, the shift minutes and the utilisation). Parameters: :from and :to, dates both included;
-- :clinic, one clinic's id or NULL for all. The Grafana dashboard "Clinic days" runs this same statement.
--
-- Every instant counts on the clinic's own date at that instant (AT TIME ZONE), so a day the clocks change is 23 or
-- 25 hours long. The indexes of V13 are scanned from the clinic's midnight a day before :from to its midnight two
-- days after :to, and the rows kept are those whose local date is in the period: a bound computed from a local
-- midnight alone would be wrong where midnight happens twice or not at all (the Azores turn their clocks back from
-- 01 to 00 o'clock).
WITH reported AS (
  SELECT id, time_zone,
         (CAST(:from AS date) - 1)::timestamp AT TIME ZONE time_zone AS scan_from,
         (CAST(:to AS date) + 2)::timestamp AT TIME ZONE time_zone AS scan_to
  FROM clinic_view
  WHERE CAST(:clinic AS uuid) IS NULL OR id = CAST(:clinic AS uuid)
),
figures AS (
  SELECT s.clinic_id, (s.booked_at AT TIME ZONE r.time_zone)::date AS day,
         count(*) AS sessions_booked, 0 AS sessions_scheduled, 0 AS completed, 0 AS cancelled,
         0 AS late_cancelled, 0 AS no_shows, 0 AS booked_minutes, 0 AS plans_started,
         0 AS plans_completed, 0 AS follow_ups_raised, 0 AS follow_ups_converted
  FROM reported r
  JOIN session s ON s.clinic_id = r.id AND s.booked_at >= r.scan_from AND s.booked_at < r.scan_to
  GROUP BY 1, 2
  UNION ALL
  SELECT s.clinic_id, (s.starts_at AT TIME ZONE r.time_zone)::date,
         0, count(*),
         count(*) FILTER (WHERE s.status = 'COMPLETED'),
         count(*) FILTER (WHERE s.status = 'CANCELLED'),
         count(*) FILTER (WHERE s.status = 'CANCELLED' AND s.late_cancellation),
         count(*) FILTER (WHERE s.status = 'NO_SHOW'),
         coalesce(sum(s.duration_minutes) FILTER (WHERE s.status <> 'CANCELLED'), 0),
         0, 0, 0, 0
  FROM reported r
  JOIN session s ON s.clinic_id = r.id AND s.starts_at >= r.scan_from AND s.starts_at < r.scan_to
  GROUP BY 1, 2
  UNION ALL
  SELECT p.clinic_id, (p.created_at AT TIME ZONE r.time_zone)::date, 0, 0, 0, 0, 0, 0, 0, count(*), 0, 0, 0
  FROM reported r
  JOIN treatment_plan p ON p.clinic_id = r.id AND p.created_at >= r.scan_from AND p.created_at < r.scan_to
  GROUP BY 1, 2
  UNION ALL
  SELECT p.clinic_id, (p.completed_at AT TIME ZONE r.time_zone)::date, 0, 0, 0, 0, 0, 0, 0, 0, count(*), 0, 0
  FROM reported r
  JOIN treatment_plan p ON p.clinic_id = r.id AND p.completed_at >= r.scan_from
                         AND p.completed_at < r.scan_to
  GROUP BY 1, 2
  UNION ALL
  -- a follow-up knows its clinic only through its plan: found by the instant it was raised, within the
  -- widest of the clinics' scans, then kept for its own clinic's dates
  SELECT p.clinic_id, (f.raised_at AT TIME ZONE r.time_zone)::date, 0, 0, 0, 0, 0, 0, 0, 0, 0,
         count(*), count(*) FILTER (WHERE f.state = 'CONVERTED')
  FROM follow_up f
  JOIN treatment_plan p ON p.id = f.plan_id
  JOIN reported r ON r.id = p.clinic_id
  WHERE f.raised_at >= (SELECT min(scan_from) FROM reported)
    AND f.raised_at < (SELECT max(scan_to) FROM reported)
  GROUP BY 1, 2
)
SELECT clinic_id, day, sum(sessions_booked) AS sessions_booked, sum(sessions_scheduled) AS sessions_scheduled,
       sum(completed) AS completed, sum(cancelled) AS cancelled, sum(late_cancelled) AS late_cancelled,
       sum(no_shows) AS no_shows, sum(booked_minutes) AS booked_minutes, sum(plans_started) AS plans_started,
       sum(plans_completed) AS plans_completed, sum(follow_ups_raised) AS follow_ups_raised,
       sum(follow_ups_converted) AS follow_ups_converted
FROM figures
WHERE day BETWEEN CAST(:from AS date) AND CAST(:to AS date)
GROUP BY clinic_id, day
