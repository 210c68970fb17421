-- People who sign in to a company's dashboard with e-mail and password (issue 20). email and name
-- are personal data, stored encrypted ("ENC1:..."); email_hash is HMAC-SHA256(index key,
-- "email:" + lower-case address), unique per company and indexed for the sign-in lookup.
-- password_hash is an encoded Argon2id hash. role: owner, staff or viewer.
CREATE TABLE dashboard_users (
    id            uuid                     NOT NULL PRIMARY KEY,
    company_id    uuid                     NOT NULL REFERENCES companies (id),
    email         text                     NOT NULL,
    email_hash    varchar(64)              NOT NULL,
    name          text                     NOT NULL,
    role          varchar(16)              NOT NULL,
    password_hash varchar(200)             NOT NULL,
    active        boolean                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT dashboard_users_company_email_uq UNIQUE (company_id, email_hash)
);
CREATE INDEX dashboard_users_email_idx ON dashboard_users (email_hash);

-- A session now belongs to an API key (operators) or to a user, and records the role it acts with
-- (null on sessions opened by the previous release: derived from the key's role).
ALTER TABLE dashboard_sessions ADD COLUMN user_id uuid REFERENCES dashboard_users (id);
ALTER TABLE dashboard_sessions ADD COLUMN role varchar(16);
ALTER TABLE dashboard_sessions ALTER COLUMN api_key_id DROP NOT NULL;
CREATE INDEX dashboard_sessions_user_idx ON dashboard_sessions (user_id);
