-- Countries and invitations (issue "Countries and invitations: inviting more countries every time").

-- The UN regional groups, filled by the reference seed from prisma/data/countries.ts.
CREATE TYPE "RegionalGroup" AS ENUM ('AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'WESTERN_EUROPEAN_OTHERS');
ALTER TABLE "Country" ADD COLUMN "regionalGroup" "RegionalGroup";

-- Invitees besides the States: international and regional organizations.
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "acronym" TEXT NOT NULL,
    "names" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Organization_acronym_shape" CHECK (length(btrim(acronym)) BETWEEN 1 AND 20),
    CONSTRAINT "Organization_names_en" CHECK (jsonb_typeof(names) = 'object' AND length(btrim(coalesce(names->>'en', ''))) > 0)
);
CREATE UNIQUE INDEX "Organization_acronym_key" ON "Organization"("acronym");

-- An invitation goes to a country or to an organization, exactly one of the two.
ALTER TABLE "Invitation" ALTER COLUMN "countryCode" DROP NOT NULL;
ALTER TABLE "Invitation" ADD COLUMN "organizationId" TEXT;
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_one_invitee" CHECK (num_nonnulls("countryCode", "organizationId") = 1);
CREATE UNIQUE INDEX "Invitation_editionId_organizationId_key" ON "Invitation"("editionId", "organizationId");
CREATE INDEX "Invitation_editionId_status_idx" ON "Invitation"("editionId", "status");

-- The secret link is no longer stored: its SHA-256 finds the invitation, a sealed copy
-- (sealed by the application) lets the letter print it. Existing links keep working; they
-- print in letters once regenerated.
ALTER TABLE "Invitation" ADD COLUMN "tokenHash" TEXT;
UPDATE "Invitation" SET "tokenHash" = encode(sha256(convert_to(token, 'UTF8')), 'hex');
ALTER TABLE "Invitation" ALTER COLUMN "tokenHash" SET NOT NULL;
ALTER TABLE "Invitation" DROP CONSTRAINT "Invitation_token_length";
DROP INDEX "Invitation_token_key";
ALTER TABLE "Invitation" DROP COLUMN "token";
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_tokenHash_shape" CHECK ("tokenHash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "Invitation" ADD COLUMN "tokenSealed" TEXT;

-- The focal point's institution (ministry or embassy), the organizer's notes, reminders, revocation.
ALTER TABLE "Invitation" ADD COLUMN "focalPointInstitution" TEXT;
ALTER TABLE "Invitation" ADD COLUMN "notes" TEXT;
ALTER TABLE "Invitation" ADD COLUMN "reminderCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Invitation" ADD COLUMN "revokedAt" TIMESTAMP(3);
ALTER TABLE "Invitation"
  ADD CONSTRAINT "Invitation_reminders_counted" CHECK ("reminderCount" >= 0 AND ("reminderCount" = 0) = ("lastReminderAt" IS NULL)),
  ADD CONSTRAINT "Invitation_answer_has_time" CHECK (status NOT IN ('ACCEPTED','DECLINED') OR "respondedAt" IS NOT NULL),
  ADD CONSTRAINT "Invitation_focal_email_lower" CHECK ("focalPointEmail" IS NULL OR "focalPointEmail" = lower("focalPointEmail"));
UPDATE "Invitation" SET "focalPointEmail" = lower("focalPointEmail") WHERE "focalPointEmail" <> lower("focalPointEmail");

-- One head of delegation per invitation too (organizations have no country).
CREATE UNIQUE INDEX "Registration_one_head_per_invitation" ON "Registration" ("invitationId")
  WHERE "delegationRole" = 'HEAD' AND status IN ('PENDING','APPROVED','WAITLISTED') AND "invitationId" IS NOT NULL;

-- Reminders after this many days, set per edition by the organizer.
ALTER TABLE "Edition" ADD COLUMN "reminderAfterDays" INTEGER;
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_reminder_days" CHECK ("reminderAfterDays" IS NULL OR "reminderAfterDays" BETWEEN 1 AND 90);
