-- PostgreSQL only: the database itself refuses two appointments holding overlapping time on
-- the same resource (SQLSTATE 23P01), independent of the lock taken by the adapter.
-- Versioned right after the common migration it extends (V3), so the one history stays in order.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE appointments
    ADD CONSTRAINT appointments_no_overlap
    EXCLUDE USING gist (resource_key WITH =, tstzrange(start_at, blocked_until, '[)') WITH &&)
    WHERE (status IN ('BOOKED', 'CONFIRMED'));
