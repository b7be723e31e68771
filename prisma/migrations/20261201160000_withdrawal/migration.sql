-- Withdrawing a press release (issue 13, item 7): a reason shown publicly, and the press-list
-- emails still waiting for it are cancelled, never sent.
ALTER TABLE "PressRelease" ADD COLUMN "withdrawalReason" TEXT;
ALTER TYPE "OutboxStatus" ADD VALUE 'CANCELLED';
-- What a message is about ("press:<release id>"), so that a change of mind can stop it.
ALTER TABLE "OutboxMessage" ADD COLUMN "ref" TEXT;
CREATE INDEX "OutboxMessage_ref_idx" ON "OutboxMessage"("ref");

-- A release's address (issue 13, item 11): set from its headline when it first leaves
-- (published, or sent under embargo), or by a person before; an old address redirects.
ALTER TABLE "PressRelease" ADD COLUMN "slugSettled" BOOLEAN NOT NULL DEFAULT false;
UPDATE "PressRelease" SET "slugSettled" = true WHERE "publishedAt" IS NOT NULL OR "distributedAt" IS NOT NULL;
CREATE TABLE "PressSlug" (
    "slug" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PressSlug_pkey" PRIMARY KEY ("slug")
);
ALTER TABLE "PressSlug" ADD CONSTRAINT "PressSlug_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "PressRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "PressSlug_releaseId_idx" ON "PressSlug"("releaseId");
