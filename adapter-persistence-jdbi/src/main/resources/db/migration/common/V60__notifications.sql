-- The durable outbox of messages to customers (issue 19). A row is written in the same
-- transaction as the appointment change it announces; background delivery claims due rows,
-- counts attempts with backoff and ends in SENT, DEAD (replayable) or SKIPPED. The recipient
-- (e-mail address or phone number) and the last error are encrypted like other personal data.
-- idempotency_key = appointment:change:channel, unique per company: one change, one message.
CREATE TABLE notifications (
    id              uuid                     PRIMARY KEY,
    company_id      uuid                     NOT NULL REFERENCES companies (id),
    appointment_id  uuid                     NOT NULL REFERENCES appointments (id),
    customer_id     uuid,
    booking_uid     varchar(100)             NOT NULL,
    sequence        integer                  NOT NULL,
    kind            varchar(20)              NOT NULL,
    channel         varchar(10)              NOT NULL,
    recipient       text                     NOT NULL,
    idempotency_key varchar(200)             NOT NULL,
    status          varchar(20)              NOT NULL,
    attempts        integer                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      text,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_idempotency_uq UNIQUE (company_id, idempotency_key)
);
CREATE INDEX notifications_due_idx ON notifications (status, next_attempt_at);
CREATE INDEX notifications_appointment_idx ON notifications (company_id, appointment_id);
CREATE INDEX notifications_list_idx ON notifications (company_id, created_at, id);
CREATE INDEX notifications_booking_idx ON notifications (company_id, booking_uid);

-- A company's choices: reminder lead time (0 = off), SMS on/off, optional reply-to address.
CREATE TABLE notification_settings (
    company_id     uuid         PRIMARY KEY REFERENCES companies (id),
    reminder_hours integer      NOT NULL,
    sms_enabled    boolean      NOT NULL,
    reply_to       varchar(254)
);

-- Per customer opt-out (true: messages are sent).
ALTER TABLE customers ADD COLUMN notifications boolean NOT NULL DEFAULT TRUE;
