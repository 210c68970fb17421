-- Personal data encrypted at rest (docs/privacy.md). The repositories write AES-256-GCM
-- ciphertexts ("ENC1:<key id>:<base64>") into the columns below, which therefore grow; lookups by
-- phone go through a keyed hash (HMAC-SHA256 under the index key) in the new *_hash columns.
-- Rows written before this version are encrypted online, in batches, on the first start with a key.

-- One row per master key the data may be encrypted with: the index key wrapped (AES-GCM) under
-- that key, which is also the key's check value (a wrong key cannot open it).
CREATE TABLE encryption_keys (
    key_id     varchar(16)              NOT NULL PRIMARY KEY,
    index_key  varchar(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE customers DROP CONSTRAINT customers_company_phone_uq;
ALTER TABLE customers ALTER COLUMN phone SET DATA TYPE varchar(200);
ALTER TABLE customers ALTER COLUMN name SET DATA TYPE text;
ALTER TABLE customers ALTER COLUMN email SET DATA TYPE text;
ALTER TABLE customers ADD COLUMN phone_hash varchar(64);
-- Null until the online migration has hashed a row written before this version.
ALTER TABLE customers ADD CONSTRAINT customers_company_phone_hash_uq UNIQUE (company_id, phone_hash);

ALTER TABLE calls ALTER COLUMN from_number SET DATA TYPE varchar(200);
ALTER TABLE calls ADD COLUMN from_hash varchar(64);
CREATE INDEX calls_company_from_hash_idx ON calls (company_id, from_hash);

ALTER TABLE appointments ALTER COLUMN notes SET DATA TYPE text;
-- An erased customer leaves their appointments in the figures without a customer link.
ALTER TABLE appointments ALTER COLUMN customer_id DROP NOT NULL;

ALTER TABLE api_call_logs ALTER COLUMN error SET DATA TYPE text;
