-- The specialty catalogue and the client concerns each addresses. New specialties come as new migrations.
INSERT INTO specialty (code, name, description) VALUES
  ('LOWER_BACK', 'Lower back', 'Massage for pain and stiffness in the lumbar spine and hips.'),
  ('SCIATICA', 'Sciatica', 'Work on radiating nerve pain that travels from the lower back into a leg.'),
  ('NECK_SHOULDER', 'Neck and shoulders', 'Release of tension in the neck, shoulders and upper back.'),
  ('POSTURAL', 'Postural', 'Treatment of pain that comes from long sitting, standing or a poor posture.'),
  ('SPORTS_INJURY', 'Sports injury', 'Recovery after strain or overuse in sport.'),
  ('MYOFASCIAL_TRIGGER_POINT', 'Myofascial trigger points', 'Pressure on tight knots in muscle that refer pain elsewhere.'),
  ('DEEP_TISSUE', 'Deep tissue', 'Slow, firm work on deeper layers of muscle and connective tissue.'),
  ('PRENATAL', 'Prenatal', 'Massage adapted to pregnancy, in safe positions.'),
  ('STRESS_TENSION', 'Stress and tension', 'Relaxing massage for tension that stress builds up in the back.');

INSERT INTO specialty_concern (specialty_code, concern) VALUES
  ('LOWER_BACK', 'LOWER_BACK_PAIN'),
  ('SCIATICA', 'RADIATING_LEG_PAIN'),
  ('NECK_SHOULDER', 'NECK_SHOULDER_TENSION'),
  ('POSTURAL', 'POOR_POSTURE'),
  ('SPORTS_INJURY', 'SPORTS_RECOVERY'),
  ('MYOFASCIAL_TRIGGER_POINT', 'LOWER_BACK_PAIN'),
  ('MYOFASCIAL_TRIGGER_POINT', 'NECK_SHOULDER_TENSION'),
  ('DEEP_TISSUE', 'SPORTS_RECOVERY'),
  ('STRESS_TENSION', 'STRESS');
