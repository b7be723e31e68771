-- Status-history entries written by Plenary itself carry a cause code (translated when
-- shown), apart from the note a person types.
ALTER TABLE "PressTransition" ADD COLUMN "cause" TEXT;

-- The outbox is claimed with a lease: a worker marks messages SENDING until "leaseUntil",
-- sends them outside any transaction, then marks them SENT. A worker that dies mid-send
-- lets its lease expire and another worker takes the message.
ALTER TYPE "OutboxStatus" ADD VALUE 'SENDING' AFTER 'PENDING';
ALTER TABLE "OutboxMessage" ADD COLUMN "leaseId" TEXT, ADD COLUMN "leaseUntil" TIMESTAMP(3);
