-- Retention of personal data per company (docs/privacy.md): call personal data and raw webhook
-- bodies older than this many days are purged by the scheduled retention job.
ALTER TABLE companies ADD COLUMN retention_days integer NOT NULL DEFAULT 90;
