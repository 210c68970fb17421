-- Issue 12: the inbox is the queue. One insert per acknowledged event, nothing else: workers lease due
-- rows (lease_owner, lease_until; an expired lease can be claimed again), process the events of one
-- call in received order (received_seq) and save the results. db-scheduler no longer has one task
-- per event (its rows for the old per-event task and the sweeper are removed; the events themselves
-- carry their state here).
ALTER TABLE webhook_events ADD COLUMN lease_owner varchar(100);
ALTER TABLE webhook_events ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE webhook_events ADD COLUMN received_seq bigint;
ALTER TABLE webhook_events ADD COLUMN call_id varchar(300);

CREATE SEQUENCE webhook_events_received_seq;
UPDATE webhook_events SET received_seq = nextval('webhook_events_received_seq');

DELETE FROM scheduled_tasks WHERE task_name IN ('process-webhook', 'webhook-sweeper');
