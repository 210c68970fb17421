-- Signed-in dashboard sessions, shared by every server instance: only a SHA-256 digest of the
-- session token is stored. A session ends at expires_at, at sign-out, or when its API key is
-- revoked (checked on every request through api_key_id).
CREATE TABLE dashboard_sessions (
    token_hash varchar(64)              NOT NULL PRIMARY KEY,
    company_id uuid                     NOT NULL REFERENCES companies (id),
    api_key_id uuid                     NOT NULL REFERENCES api_keys (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dashboard_sessions_expires_idx ON dashboard_sessions (expires_at);
