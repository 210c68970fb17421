-- Free text that may hold personal data is encrypted like the personal fields of V45 (docs/privacy.md):
-- the reason an appointment was cancelled or changed (the caller's words, Cal.com's cancellation reason,
-- a staff member's note) and the reason recorded with a dashboard action. The ciphertexts are longer than
-- the texts, so the columns become text; rows written before this version are encrypted online on start.
ALTER TABLE appointments ALTER COLUMN status_reason SET DATA TYPE text;
ALTER TABLE appointment_actions ALTER COLUMN details SET DATA TYPE text;
