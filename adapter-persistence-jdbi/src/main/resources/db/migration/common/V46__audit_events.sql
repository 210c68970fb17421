-- The audit trail under the name the API uses (GET /api/v1/audit-events). Append-only: the
-- application only inserts; on PostgreSQL V46_1 also refuses UPDATE and DELETE.
ALTER TABLE audit_log RENAME TO audit_events;
