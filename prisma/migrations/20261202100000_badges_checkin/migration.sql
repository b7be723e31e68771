-- Badges, visa letters and check-in (issue 11).

-- Staff at the check-in desk: may check people in, and nothing else.
ALTER TYPE "Role" ADD VALUE IF NOT EXISTS 'CHECKIN';

-- Visa letter numbers come from a counter per edition: never reused, even when a
-- registration is cancelled after its letter was issued.
ALTER TABLE "Edition" ADD COLUMN "visaLetterSeq" INTEGER NOT NULL DEFAULT 0,
  ADD CONSTRAINT "Edition_visa_seq_nonnegative" CHECK ("visaLetterSeq" >= 0);

-- Each issue of a visa letter: the number stays, the version grows with every reissue.
CREATE TABLE "VisaLetter" (
  "id" TEXT NOT NULL,
  "registrationId" TEXT NOT NULL,
  "editionId" TEXT NOT NULL,
  "number" INTEGER NOT NULL,
  "version" INTEGER NOT NULL,
  "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "issuedById" TEXT,
  CONSTRAINT "VisaLetter_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "VisaLetter_number_positive" CHECK ("number" >= 1 AND "version" >= 1)
);
CREATE UNIQUE INDEX "VisaLetter_registrationId_version_key" ON "VisaLetter"("registrationId", "version");
CREATE INDEX "VisaLetter_editionId_number_idx" ON "VisaLetter"("editionId", "number");
ALTER TABLE "VisaLetter" ADD CONSTRAINT "VisaLetter_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "VisaLetter" ADD CONSTRAINT "VisaLetter_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "VisaLetter" ADD CONSTRAINT "VisaLetter_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Arrivals: which desk, when the badge was scanned (offline scans sync later), and the
-- device's id for the scan so that a sync sent twice records it once.
ALTER TABLE "CheckIn"
  ADD COLUMN "desk" TEXT,
  ADD COLUMN "scannedAt" TIMESTAMP(3),
  ADD COLUMN "clientRef" TEXT,
  ADD COLUMN "editionId" TEXT;
UPDATE "CheckIn" c SET "editionId" = r."editionId", "scannedAt" = c."at" FROM "Registration" r WHERE r.id = c."registrationId";
ALTER TABLE "CheckIn" ALTER COLUMN "editionId" SET NOT NULL, ALTER COLUMN "scannedAt" SET NOT NULL;
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE UNIQUE INDEX "CheckIn_clientRef_key" ON "CheckIn"("clientRef");
CREATE INDEX "CheckIn_editionId_day_idx" ON "CheckIn"("editionId", "day");
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_desk_length" CHECK (desk IS NULL OR length(desk) <= 40);
