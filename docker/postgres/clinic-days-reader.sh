#!/bin/sh
# The role Grafana's "Clinic days" dashboard reads booking_service with: it can log in and nothing more until
# booking-service's migration V13 grants it the columns the report counts.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v password="$CLINIC_DAYS_READER_PASSWORD" <<'SQL'
CREATE ROLE clinic_days_reader LOGIN PASSWORD :'password';
SQL
