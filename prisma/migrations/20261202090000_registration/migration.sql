-- Registration and accreditation (issue 10).

-- Media (press) registrations; they hold a seat but no place in a country's delegation.
ALTER TYPE "DelegationRole" ADD VALUE IF NOT EXISTS 'MEDIA';

-- The edition's registration settings: public registration on or off, a default quota per
-- country for countries not invited (an invitation's own quota wins), and the optional
-- first stage where a country's focal point confirms its nominees.
ALTER TABLE "Edition"
  ADD COLUMN "publicRegistration" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "countryQuota" INTEGER,
  ADD COLUMN "focalPointReview" BOOLEAN NOT NULL DEFAULT false,
  ADD CONSTRAINT "Edition_country_quota_range" CHECK ("countryQuota" IS NULL OR "countryQuota" BETWEEN 1 AND 100),
  ADD CONSTRAINT "Edition_capacity_range" CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 100000);

-- The personal link is never stored: its SHA-256 finds the registration, a sealed copy lets
-- a later mail print it again. Existing tokens become their hashes.
ALTER TABLE "Registration" RENAME COLUMN "token" TO "tokenHash";
ALTER INDEX "Registration_token_key" RENAME TO "Registration_tokenHash_key";
UPDATE "Registration" SET "tokenHash" = encode(sha256(convert_to("tokenHash", 'UTF8')), 'hex');
ALTER TABLE "Registration"
  ADD COLUMN "tokenSealed" TEXT,
  ADD COLUMN "passportNumber" TEXT,
  ADD COLUMN "nationality" TEXT,
  ADD COLUMN "passportDeletedAt" TIMESTAMP(3),
  ADD COLUMN "decisionReason" TEXT,
  ADD COLUMN "confirmedAt" TIMESTAMP(3),
  ADD COLUMN "detailsChangedAt" TIMESTAMP(3),
  ADD COLUMN "erasedAt" TIMESTAMP(3),
  ADD CONSTRAINT "Registration_nationality_shape" CHECK (nationality IS NULL OR nationality ~ '^[A-Z]{2}$'),
  -- Passport details only for a visa letter.
  ADD CONSTRAINT "Registration_passport_only_for_visa" CHECK (("passportNumber" IS NULL AND nationality IS NULL) OR "visaLetterRequested"),
  -- A rejection always says why.
  ADD CONSTRAINT "Registration_rejected_has_reason" CHECK (status <> 'REJECTED' OR "decisionReason" IS NOT NULL),
  -- A waitlisted registration has its position, and only a waitlisted one.
  ADD CONSTRAINT "Registration_waitlisted_has_position" CHECK ((status = 'WAITLISTED') = ("waitlistPosition" IS NOT NULL));

-- Waiting-list positions are unique per edition; deferred to the commit so that closing a gap
-- (every later position moves up by one) is one statement.
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_waitlist_position_unique"
  UNIQUE ("editionId", "waitlistPosition") DEFERRABLE INITIALLY DEFERRED;

-- Seats by status for the list's counts and the seat checks.
CREATE INDEX "Registration_editionId_invitationId_status_idx" ON "Registration" ("editionId", "invitationId", status);
