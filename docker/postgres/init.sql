-- One database per service (and one for Keycloak); no service reads another's tables.
CREATE DATABASE therapist_service OWNER clinicnet;
CREATE DATABASE booking_service OWNER clinicnet;
CREATE DATABASE notification_service OWNER clinicnet;
CREATE DATABASE keycloak OWNER clinicnet;
