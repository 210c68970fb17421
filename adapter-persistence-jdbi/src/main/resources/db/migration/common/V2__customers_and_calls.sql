-- Callers of a tenant (one per phone number) and the Retell calls they made.

CREATE TABLE customers (
    id         uuid                     NOT NULL PRIMARY KEY,
    company_id uuid                     NOT NULL REFERENCES companies (id),
    phone      varchar(16)              NOT NULL,
    name       varchar(200),
    email      varchar(254),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT customers_company_id_uq UNIQUE (company_id, id),
    CONSTRAINT customers_company_phone_uq UNIQUE (company_id, phone)
);
CREATE INDEX customers_company_created_idx ON customers (company_id, created_at, id);

-- version: optimistic concurrency; every update checks and advances it.
CREATE TABLE calls (
    id                   uuid                     NOT NULL PRIMARY KEY,
    company_id           uuid                     NOT NULL,
    branch_id            uuid                     NOT NULL,
    retell_call_id       varchar(128)             NOT NULL,
    direction            varchar(16)              NOT NULL,
    from_number          varchar(16),
    to_number            varchar(16)              NOT NULL,
    status               varchar(16)              NOT NULL,
    started_at           TIMESTAMP WITH TIME ZONE,
    ended_at             TIMESTAMP WITH TIME ZONE,
    duration_ms          bigint,
    disconnection_reason varchar(200),
    transcript           text,
    recording_url        text,
    summary              text,
    sentiment            varchar(100),
    successful           boolean,
    custom_analysis_json text,
    cost_cents           numeric(18, 6),
    customer_id          uuid,
    version              bigint                   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calls_retell_call_id_uq UNIQUE (retell_call_id),
    CONSTRAINT calls_branch_fk FOREIGN KEY (company_id, branch_id) REFERENCES branches (company_id, id),
    CONSTRAINT calls_customer_fk FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id)
);
CREATE INDEX calls_company_created_idx ON calls (company_id, created_at, id);
CREATE INDEX calls_company_branch_created_idx ON calls (company_id, branch_id, created_at);

-- The appointments a call created or changed.
CREATE TABLE call_appointments (
    call_id        uuid NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    appointment_id uuid NOT NULL,
    company_id     uuid NOT NULL,
    PRIMARY KEY (call_id, appointment_id)
);
CREATE INDEX call_appointments_appointment_idx ON call_appointments (appointment_id);
