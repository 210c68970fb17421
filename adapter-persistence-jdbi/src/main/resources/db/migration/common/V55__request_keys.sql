-- Idempotency keys of booking requests (e.g. book_appointment over MCP), per company. The key and
-- the request fingerprint are digests computed by the caller; appointment_id is null while the
-- first request under the key is being served. The primary key makes concurrent claims of one
-- key decide on one winner on every instance.
CREATE TABLE request_keys (
    company_id     uuid                     NOT NULL REFERENCES companies (id),
    request_key    varchar(128)             NOT NULL,
    fingerprint    varchar(128)             NOT NULL,
    appointment_id uuid,
    claimed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (company_id, request_key)
);
