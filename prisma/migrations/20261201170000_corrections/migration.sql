-- Corrections of a published release (issue 13, item 6): the new text waits for review
-- while the public keeps reading the approved one; once approved it goes live, and the
-- public page and the feeds say "Updated on … — note".
CREATE TYPE "CorrectionStatus" AS ENUM ('DRAFT', 'APPROVED', 'DISCARDED');
CREATE TABLE "PressCorrection" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "body" TEXT NOT NULL,
    "status" "CorrectionStatus" NOT NULL DEFAULT 'DRAFT',
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PressCorrection_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PressCorrection_approved_has_note" CHECK (status <> 'APPROVED' OR (note IS NOT NULL AND "approvedById" IS NOT NULL AND "approvedAt" IS NOT NULL))
);
ALTER TABLE "PressCorrection" ADD CONSTRAINT "PressCorrection_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "PressRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "PressCorrection_releaseId_status_idx" ON "PressCorrection"("releaseId", "status");
-- One correction in progress per release and language.
CREATE UNIQUE INDEX "PressCorrection_one_draft" ON "PressCorrection" ("releaseId", locale) WHERE status = 'DRAFT';

ALTER TABLE "PressRelease" ADD COLUMN "correctedAt" TIMESTAMP(3);
ALTER TABLE "PressRelease" ADD COLUMN "correctionNote" TEXT;
