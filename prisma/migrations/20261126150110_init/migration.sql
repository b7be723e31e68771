-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ORGANIZER', 'REVIEWER', 'PRESS_OFFICER', 'FOCAL_POINT', 'DELEGATE');

-- CreateEnum
CREATE TYPE "RecurrenceFrequency" AS ENUM ('NONE', 'YEARLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "EditionStatus" AS ENUM ('DRAFT', 'ANNOUNCED', 'REGISTRATION_OPEN', 'REGISTRATION_CLOSED', 'HELD', 'ARCHIVED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SpeakerRole" AS ENUM ('CHAIR', 'MODERATOR', 'SPEAKER', 'KEYNOTE');

-- CreateEnum
CREATE TYPE "UnStatus" AS ENUM ('MEMBER', 'OBSERVER');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('NOT_SENT', 'SENT', 'ACCEPTED', 'DECLINED', 'NO_ANSWER');

-- CreateEnum
CREATE TYPE "DelegationRole" AS ENUM ('HEAD', 'MEMBER', 'ADVISER', 'OBSERVER');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('PENDING', 'APPROVED', 'WAITLISTED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BadgeCategory" AS ENUM ('DELEGATE', 'SPEAKER', 'PRESS', 'ORGANIZER', 'GUEST');

-- CreateEnum
CREATE TYPE "CheckInMethod" AS ENUM ('QR', 'SEARCH');

-- CreateEnum
CREATE TYPE "PressStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'APPROVED', 'SCHEDULED', 'EMBARGOED', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('MISSING', 'DRAFT', 'OUTDATED', 'APPROVED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'DELEGATE',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "countryCode" TEXT,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Series" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB,
    "hostName" JSONB NOT NULL,
    "hostUrl" TEXT,
    "defaultTimeZone" TEXT NOT NULL DEFAULT 'UTC',
    "recurrence" "RecurrenceFrequency" NOT NULL DEFAULT 'YEARLY',
    "recurrenceInterval" INTEGER NOT NULL DEFAULT 1,
    "byMonth" INTEGER,
    "byWeekday" INTEGER,
    "bySetPos" INTEGER,
    "byMonthDay" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Edition" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "theme" JSONB NOT NULL,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "timeZone" TEXT NOT NULL,
    "venue" JSONB,
    "city" TEXT,
    "capacity" INTEGER,
    "registrationOpensAt" TIMESTAMP(3),
    "registrationClosesAt" TIMESTAMP(3),
    "status" "EditionStatus" NOT NULL DEFAULT 'DRAFT',
    "countriesPublished" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Edition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeSession" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "room" TEXT,
    "language" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "honorific" TEXT,
    "position" TEXT,
    "affiliation" TEXT,
    "countryCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionSpeaker" (
    "sessionId" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,
    "role" "SpeakerRole" NOT NULL DEFAULT 'SPEAKER',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SessionSpeaker_pkey" PRIMARY KEY ("sessionId","speakerId")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "alpha3" TEXT NOT NULL,
    "numeric" TEXT NOT NULL,
    "unStatus" "UnStatus" NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unMemberSince" INTEGER,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "status" "InvitationStatus" NOT NULL DEFAULT 'NOT_SENT',
    "quota" INTEGER NOT NULL DEFAULT 3,
    "token" TEXT NOT NULL,
    "letterLocale" TEXT NOT NULL DEFAULT 'en',
    "focalPointName" TEXT,
    "focalPointEmail" TEXT,
    "focalPointId" TEXT,
    "sentAt" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),
    "lastReminderAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "countryCode" TEXT,
    "invitationId" TEXT,
    "userId" TEXT,
    "honorific" TEXT,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "jobTitle" TEXT,
    "organization" TEXT,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "delegationRole" "DelegationRole" NOT NULL DEFAULT 'MEMBER',
    "badgeCategory" "BadgeCategory" NOT NULL DEFAULT 'DELEGATE',
    "status" "RegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "accessibilityNeeds" TEXT,
    "dietaryNeeds" TEXT,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "visaLetterRequested" BOOLEAN NOT NULL DEFAULT false,
    "visaLetterNumber" INTEGER,
    "waitlistPosition" INTEGER,
    "token" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "method" "CheckInMethod" NOT NULL,
    "byUserId" TEXT,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressRelease" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sourceLocale" TEXT NOT NULL DEFAULT 'en',
    "status" "PressStatus" NOT NULL DEFAULT 'DRAFT',
    "publishAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PressRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressReleaseVersion" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "body" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressReleaseVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressTranslation" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" "TranslationStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "body" TEXT NOT NULL,
    "sourceVersion" INTEGER,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PressTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressTransition" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "from" "PressStatus" NOT NULL,
    "to" "PressStatus" NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressContact" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "outlet" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "editionId" TEXT,
    "data" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "kind" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "messageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "Series_slug_key" ON "Series"("slug");

-- CreateIndex
CREATE INDEX "Edition_status_idx" ON "Edition"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Edition_seriesId_number_key" ON "Edition"("seriesId", "number");

-- CreateIndex
CREATE INDEX "ProgrammeSession_editionId_startsAt_idx" ON "ProgrammeSession"("editionId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Country_alpha3_key" ON "Country"("alpha3");

-- CreateIndex
CREATE UNIQUE INDEX "Country_numeric_key" ON "Country"("numeric");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_token_key" ON "Invitation"("token");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_editionId_countryCode_key" ON "Invitation"("editionId", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_token_key" ON "Registration"("token");

-- CreateIndex
CREATE INDEX "Registration_editionId_status_idx" ON "Registration"("editionId", "status");

-- CreateIndex
CREATE INDEX "Registration_editionId_countryCode_idx" ON "Registration"("editionId", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_registrationId_day_key" ON "CheckIn"("registrationId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "PressRelease_slug_key" ON "PressRelease"("slug");

-- CreateIndex
CREATE INDEX "PressRelease_status_publishedAt_idx" ON "PressRelease"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PressReleaseVersion_releaseId_locale_number_key" ON "PressReleaseVersion"("releaseId", "locale", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PressTranslation_releaseId_locale_key" ON "PressTranslation"("releaseId", "locale");

-- CreateIndex
CREATE INDEX "PressTransition_releaseId_at_idx" ON "PressTransition"("releaseId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "PressContact_email_key" ON "PressContact"("email");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_editionId_at_idx" ON "AuditLog"("editionId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeSession" ADD CONSTRAINT "ProgrammeSession_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speaker" ADD CONSTRAINT "Speaker_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSpeaker" ADD CONSTRAINT "SessionSpeaker_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ProgrammeSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSpeaker" ADD CONSTRAINT "SessionSpeaker_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_focalPointId_fkey" FOREIGN KEY ("focalPointId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "Invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressRelease" ADD CONSTRAINT "PressRelease_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressRelease" ADD CONSTRAINT "PressRelease_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressRelease" ADD CONSTRAINT "PressRelease_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressReleaseVersion" ADD CONSTRAINT "PressReleaseVersion_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "PressRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressReleaseVersion" ADD CONSTRAINT "PressReleaseVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressTranslation" ADD CONSTRAINT "PressTranslation_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "PressRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressTranslation" ADD CONSTRAINT "PressTranslation_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressTransition" ADD CONSTRAINT "PressTransition_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "PressRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressTransition" ADD CONSTRAINT "PressTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────── Constraints Prisma cannot express (kept in step with schema.prisma comments) ─────────────

-- Localized text: a JSON object holding at least English.
CREATE FUNCTION plenary_is_localized(j jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$ SELECT jsonb_typeof(j) = 'object' AND coalesce(length(j->>'en'), 0) > 0 $$;

ALTER TABLE "User"
  ADD CONSTRAINT "User_email_lower" CHECK (email = lower(email)),
  ADD CONSTRAINT "User_email_shape" CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
  ADD CONSTRAINT "User_locale_known" CHECK (locale IN ('ar','en','es','fr','ru','zh'));

ALTER TABLE "Series"
  ADD CONSTRAINT "Series_slug_shape" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
  ADD CONSTRAINT "Series_name_localized" CHECK (plenary_is_localized(name)),
  ADD CONSTRAINT "Series_host_localized" CHECK (plenary_is_localized("hostName")),
  ADD CONSTRAINT "Series_interval_positive" CHECK ("recurrenceInterval" BETWEEN 1 AND 120),
  ADD CONSTRAINT "Series_byMonth_range" CHECK ("byMonth" IS NULL OR "byMonth" BETWEEN 1 AND 12),
  ADD CONSTRAINT "Series_byWeekday_range" CHECK ("byWeekday" IS NULL OR "byWeekday" BETWEEN 0 AND 6),
  ADD CONSTRAINT "Series_bySetPos_range" CHECK ("bySetPos" IS NULL OR "bySetPos" = -1 OR "bySetPos" BETWEEN 1 AND 5),
  ADD CONSTRAINT "Series_byMonthDay_range" CHECK ("byMonthDay" IS NULL OR "byMonthDay" BETWEEN 1 AND 31);

ALTER TABLE "Edition"
  ADD CONSTRAINT "Edition_number_positive" CHECK (number >= 1),
  ADD CONSTRAINT "Edition_theme_localized" CHECK (plenary_is_localized(theme)),
  ADD CONSTRAINT "Edition_dates_ordered" CHECK ("endsAt" IS NULL OR "startsAt" IS NULL OR "endsAt" >= "startsAt"),
  ADD CONSTRAINT "Edition_capacity_nonnegative" CHECK (capacity IS NULL OR capacity >= 0),
  ADD CONSTRAINT "Edition_registration_window_ordered" CHECK ("registrationClosesAt" IS NULL OR "registrationOpensAt" IS NULL OR "registrationClosesAt" > "registrationOpensAt"),
  -- Once registration opens an edition must have dates and a capacity.
  ADD CONSTRAINT "Edition_open_needs_dates_capacity" CHECK (
    status IN ('DRAFT','ANNOUNCED','CANCELLED') OR ("startsAt" IS NOT NULL AND "endsAt" IS NOT NULL AND capacity IS NOT NULL));

ALTER TABLE "ProgrammeSession"
  ADD CONSTRAINT "ProgrammeSession_times_ordered" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "ProgrammeSession_title_localized" CHECK (plenary_is_localized(title));

ALTER TABLE "Country"
  ADD CONSTRAINT "Country_code_shape" CHECK (code ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "Country_alpha3_shape" CHECK (alpha3 ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT "Country_numeric_shape" CHECK (numeric ~ '^[0-9]{3}$');

ALTER TABLE "Invitation"
  ADD CONSTRAINT "Invitation_quota_range" CHECK (quota BETWEEN 1 AND 100),
  ADD CONSTRAINT "Invitation_sent_has_time" CHECK (status = 'NOT_SENT' OR "sentAt" IS NOT NULL),
  ADD CONSTRAINT "Invitation_token_length" CHECK (length(token) >= 32),
  ADD CONSTRAINT "Invitation_letter_locale_known" CHECK ("letterLocale" IN ('ar','en','es','fr','ru','zh'));

ALTER TABLE "Registration"
  ADD CONSTRAINT "Registration_email_lower" CHECK (email = lower(email)),
  ADD CONSTRAINT "Registration_names_present" CHECK (length(btrim("givenName")) > 0 AND length(btrim("familyName")) > 0),
  ADD CONSTRAINT "Registration_waitlist_position" CHECK (("waitlistPosition" IS NULL) OR (status = 'WAITLISTED' AND "waitlistPosition" >= 1)),
  ADD CONSTRAINT "Registration_visa_number_positive" CHECK ("visaLetterNumber" IS NULL OR "visaLetterNumber" >= 1),
  ADD CONSTRAINT "Registration_token_length" CHECK (length(token) >= 32),
  ADD CONSTRAINT "Registration_cancelled_has_time" CHECK ((status = 'CANCELLED') = ("cancelledAt" IS NOT NULL)),
  ADD CONSTRAINT "Registration_locale_known" CHECK (locale IN ('ar','en','es','fr','ru','zh'));
-- One live registration per person and edition; a cancelled one may be followed by a new one.
CREATE UNIQUE INDEX "Registration_edition_email_active" ON "Registration" ("editionId", email)
  WHERE status <> 'CANCELLED' AND status <> 'REJECTED';
-- Exactly one head of delegation per country and edition.
CREATE UNIQUE INDEX "Registration_one_head_per_country" ON "Registration" ("editionId", "countryCode")
  WHERE "delegationRole" = 'HEAD' AND status IN ('PENDING','APPROVED','WAITLISTED');
CREATE UNIQUE INDEX "Registration_visa_number_unique" ON "Registration" ("editionId", "visaLetterNumber")
  WHERE "visaLetterNumber" IS NOT NULL;

ALTER TABLE "PressRelease"
  ADD CONSTRAINT "PressRelease_slug_shape" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
  ADD CONSTRAINT "PressRelease_timed_has_time" CHECK (status NOT IN ('SCHEDULED','EMBARGOED') OR "publishAt" IS NOT NULL),
  ADD CONSTRAINT "PressRelease_published_has_time" CHECK (status <> 'PUBLISHED' OR "publishedAt" IS NOT NULL),
  ADD CONSTRAINT "PressRelease_source_locale_known" CHECK ("sourceLocale" IN ('ar','en','es','fr','ru','zh'));
ALTER TABLE "PressReleaseVersion"
  ADD CONSTRAINT "PressReleaseVersion_number_positive" CHECK (number >= 1),
  ADD CONSTRAINT "PressReleaseVersion_locale_known" CHECK (locale IN ('ar','en','es','fr','ru','zh'));
ALTER TABLE "PressTranslation"
  ADD CONSTRAINT "PressTranslation_locale_known" CHECK (locale IN ('ar','en','es','fr','ru','zh'));
ALTER TABLE "PressContact"
  ADD CONSTRAINT "PressContact_email_lower" CHECK (email = lower(email));

ALTER TABLE "OutboxMessage"
  ADD CONSTRAINT "OutboxMessage_attempts_nonnegative" CHECK (attempts >= 0),
  ADD CONSTRAINT "OutboxMessage_sent_has_time" CHECK (status <> 'SENT' OR "sentAt" IS NOT NULL);

-- The audit log is append-only.
CREATE FUNCTION plenary_audit_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'AuditLog is append-only' USING ERRCODE = 'P0001'; END $$;
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION plenary_audit_append_only();
