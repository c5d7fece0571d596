-- The local dates a clinic is closed all day (holidays, closures), each with its name; published with the clinic.
CREATE TABLE clinic_closure
(
  clinic_id UUID NOT NULL REFERENCES clinic (id),
  day       DATE NOT NULL,
  name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  PRIMARY KEY (clinic_id, day)
);
