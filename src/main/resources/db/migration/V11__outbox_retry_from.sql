-- When the current round of delivery attempts began: the creation time, or when the office sent a failed email
-- again. The sender gives up on a message that has not gone out within reportcycle.mail.retry-for of it.
ALTER TABLE outbox_message ADD COLUMN retry_from TIMESTAMP WITH TIME ZONE;
UPDATE outbox_message SET retry_from = created_at;
