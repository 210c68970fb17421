-- API keys of the admin and tenant API: only a SHA-256 digest of the secret is stored, found by
-- its short public prefix. company_id is null for a platform key.
CREATE TABLE api_keys (
    id          uuid                     NOT NULL PRIMARY KEY,
    company_id  uuid REFERENCES companies (id),
    role        varchar(16)              NOT NULL,
    prefix      varchar(16)              NOT NULL,
    secret_hash varchar(64)              NOT NULL,
    label       varchar(200),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_keys_prefix_uq UNIQUE (prefix)
);
CREATE INDEX api_keys_company_created_idx ON api_keys (company_id, created_at, id);
