-- Withdrawing a press release (issue 13, item 7): a reason shown publicly, and the press-list
-- emails still waiting for it are cancelled, never sent.
ALTER TABLE "PressRelease" ADD COLUMN "withdrawalReason" TEXT;
ALTER TYPE "OutboxStatus" ADD VALUE 'CANCELLED';
-- What a message is about ("press:<release id>"), so that a change of mind can stop it.
ALTER TABLE "OutboxMessage" ADD COLUMN "ref" TEXT;
CREATE INDEX "OutboxMessage_ref_idx" ON "OutboxMessage"("ref");
