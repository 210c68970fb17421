-- Tenants and their static data: companies, branches, phone numbers, services, staff.
-- Written in the SQL subset shared by PostgreSQL and H2 (MODE=PostgreSQL).
-- Child tables carry company_id too and reference their parent by (company_id, id),
-- so a row can never point at another tenant's data.

CREATE TABLE companies (
    id                      uuid                     NOT NULL PRIMARY KEY,
    name                    varchar(200)             NOT NULL,
    country                 varchar(2)               NOT NULL,
    time_zone               varchar(64)              NOT NULL,
    language                varchar(2)               NOT NULL,
    minimum_notice_seconds  bigint                   NOT NULL,
    booking_window_days     integer                  NOT NULL,
    slot_step_minutes       integer                  NOT NULL,
    calcom_api_key          text,
    active                  boolean                  NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX companies_name_idx ON companies (name, id);

-- working_hours: JSON text {"mon":[["09:00","18:00"]],...}; closed_days: JSON text ["2025-12-24",...]
CREATE TABLE branches (
    id            uuid         NOT NULL PRIMARY KEY,
    company_id    uuid         NOT NULL REFERENCES companies (id),
    name          varchar(200) NOT NULL,
    address       varchar(500),
    time_zone     varchar(64)  NOT NULL,
    working_hours text         NOT NULL,
    closed_days   text         NOT NULL,
    active        boolean      NOT NULL,
    CONSTRAINT branches_company_id_uq UNIQUE (company_id, id)
);

-- number: E.164 text, unique across all tenants (it is how an inbound call finds its tenant).
CREATE TABLE phone_numbers (
    id         uuid        NOT NULL PRIMARY KEY,
    company_id uuid        NOT NULL,
    branch_id  uuid        NOT NULL,
    number     varchar(16) NOT NULL,
    CONSTRAINT phone_numbers_number_uq UNIQUE (number),
    CONSTRAINT phone_numbers_branch_fk FOREIGN KEY (company_id, branch_id) REFERENCES branches (company_id, id)
);
CREATE INDEX phone_numbers_company_idx ON phone_numbers (company_id, branch_id);

-- branch_id null: offered company-wide.
CREATE TABLE services (
    id                   uuid         NOT NULL PRIMARY KEY,
    company_id           uuid         NOT NULL REFERENCES companies (id),
    branch_id            uuid,
    name                 varchar(200) NOT NULL,
    duration_minutes     integer      NOT NULL,
    buffer_minutes       integer      NOT NULL,
    calcom_event_type_id bigint,
    active               boolean      NOT NULL,
    CONSTRAINT services_company_id_uq UNIQUE (company_id, id),
    CONSTRAINT services_branch_fk FOREIGN KEY (company_id, branch_id) REFERENCES branches (company_id, id)
);
CREATE INDEX services_company_branch_idx ON services (company_id, branch_id);

CREATE TABLE service_keywords (
    service_id uuid         NOT NULL,
    company_id uuid         NOT NULL,
    position   integer      NOT NULL,
    keyword    varchar(100) NOT NULL,
    PRIMARY KEY (service_id, position),
    CONSTRAINT service_keywords_service_fk FOREIGN KEY (company_id, service_id)
        REFERENCES services (company_id, id) ON DELETE CASCADE
);

-- working_hours null: the staff member works the branch's hours.
CREATE TABLE staff (
    id            uuid         NOT NULL PRIMARY KEY,
    company_id    uuid         NOT NULL,
    branch_id     uuid         NOT NULL,
    name          varchar(200) NOT NULL,
    working_hours text,
    active        boolean      NOT NULL,
    CONSTRAINT staff_company_id_uq UNIQUE (company_id, id),
    CONSTRAINT staff_branch_fk FOREIGN KEY (company_id, branch_id) REFERENCES branches (company_id, id)
);
CREATE INDEX staff_company_branch_idx ON staff (company_id, branch_id);

CREATE TABLE staff_services (
    staff_id   uuid NOT NULL,
    service_id uuid NOT NULL,
    company_id uuid NOT NULL,
    PRIMARY KEY (staff_id, service_id),
    CONSTRAINT staff_services_staff_fk FOREIGN KEY (company_id, staff_id)
        REFERENCES staff (company_id, id) ON DELETE CASCADE,
    CONSTRAINT staff_services_service_fk FOREIGN KEY (company_id, service_id)
        REFERENCES services (company_id, id) ON DELETE CASCADE
);
