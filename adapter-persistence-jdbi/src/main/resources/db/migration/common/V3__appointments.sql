-- Appointments and the tables that keep them from overlapping (see docs/persistence.md).

-- One row per bookable resource ('staff:<uuid>' or 'branch:<uuid>'). A booking transaction
-- locks this row with SELECT ... FOR UPDATE, which serialises bookings per resource.
CREATE TABLE booking_resources (
    resource_key varchar(64) NOT NULL PRIMARY KEY,
    company_id   uuid        NOT NULL REFERENCES companies (id)
);

-- [start_at, end_at) is the slot; [start_at, blocked_until) adds the service buffer and is
-- the time the appointment keeps its resource busy while its status is BOOKED or CONFIRMED.
CREATE TABLE appointments (
    id               uuid                     NOT NULL PRIMARY KEY,
    company_id       uuid                     NOT NULL,
    branch_id        uuid                     NOT NULL,
    service_id       uuid                     NOT NULL,
    staff_id         uuid,
    customer_id      uuid                     NOT NULL,
    resource_key     varchar(64)              NOT NULL,
    start_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    zone             varchar(64)              NOT NULL,
    status           varchar(16)              NOT NULL,
    sync_status      varchar(16)              NOT NULL,
    external_uid     varchar(200),
    source_call_id   uuid,
    rescheduled_from uuid,
    notes            varchar(1000),
    status_reason    varchar(500),
    version          bigint                   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT appointments_slot_ck CHECK (start_at < end_at AND end_at <= blocked_until),
    CONSTRAINT appointments_branch_fk FOREIGN KEY (company_id, branch_id) REFERENCES branches (company_id, id),
    CONSTRAINT appointments_service_fk FOREIGN KEY (company_id, service_id) REFERENCES services (company_id, id),
    CONSTRAINT appointments_staff_fk FOREIGN KEY (company_id, staff_id) REFERENCES staff (company_id, id),
    CONSTRAINT appointments_customer_fk FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id),
    CONSTRAINT appointments_resource_fk FOREIGN KEY (resource_key) REFERENCES booking_resources (resource_key)
);
CREATE INDEX appointments_branch_start_idx ON appointments (company_id, branch_id, start_at);
CREATE INDEX appointments_staff_start_idx ON appointments (company_id, staff_id, start_at);
CREATE INDEX appointments_customer_start_idx ON appointments (company_id, customer_id, start_at);
CREATE INDEX appointments_source_call_idx ON appointments (source_call_id);
CREATE INDEX appointments_resource_start_idx ON appointments (resource_key, start_at);

-- Backstop for databases without exclusion constraints (H2): one row per minute of blocked
-- time of every appointment that holds time; a second claim on a minute is a duplicate key.
-- Rows are deleted when the appointment stops holding time. Filled on H2 only: on PostgreSQL
-- the exclusion constraint of V3_1 is the backstop.
CREATE TABLE appointment_slot_claims (
    resource_key   varchar(64)              NOT NULL,
    minute_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    appointment_id uuid                     NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
    PRIMARY KEY (resource_key, minute_start)
);
CREATE INDEX appointment_slot_claims_appointment_idx ON appointment_slot_claims (appointment_id);

-- Short-lived claims on (resource, start) while a booking is being made.
CREATE TABLE time_slot_locks (
    resource_key varchar(64)              NOT NULL,
    slot_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    company_id   uuid                     NOT NULL REFERENCES companies (id),
    token        varchar(64)              NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (resource_key, slot_start)
);
