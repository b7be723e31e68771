-- Security review (issue "Security: what a ministry's review would reject today").

-- A series is not public until it is announced (with its first announced edition).
ALTER TABLE "Series" ADD COLUMN "announcedAt" TIMESTAMP(3);
UPDATE "Series" s SET "announcedAt" = s."createdAt"
WHERE EXISTS (SELECT 1 FROM "Edition" e WHERE e."seriesId" = s.id AND e.status <> 'DRAFT');

-- Nothing is approved, scheduled, embargoed or published without a named approver.
ALTER TABLE "PressRelease"
  ADD CONSTRAINT "PressRelease_approved_has_approver"
  CHECK (status NOT IN ('APPROVED','SCHEDULED','EMBARGOED','PUBLISHED') OR ("approvedById" IS NOT NULL AND "approvedAt" IS NOT NULL));
ALTER TABLE "PressTranslation"
  ADD CONSTRAINT "PressTranslation_approved_has_approver"
  CHECK (status <> 'APPROVED' OR ("approvedById" IS NOT NULL AND "approvedAt" IS NOT NULL));

-- A sign-in link in an email waiting in the outbox is kept encrypted apart from the body,
-- and erased once the message is delivered.
ALTER TABLE "OutboxMessage" ADD COLUMN "secret" TEXT;

-- Rate limits shared by every instance (rate-limiter-flexible's PostgreSQL store).
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,
    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- The application works as plenary_app: a role that owns no table, so it cannot alter or
-- truncate tables, disable triggers, or change or delete the audit log. Migrations run as
-- the owner. Roles belong to the whole server: create it once, tolerate a concurrent
-- creation, and skip (with a notice) where the migrating user may not create roles.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'plenary_app') THEN
    BEGIN
      CREATE ROLE plenary_app NOLOGIN;
    EXCEPTION
      WHEN duplicate_object OR unique_violation THEN NULL;
      WHEN insufficient_privilege THEN RAISE NOTICE 'plenary_app not created: this user may not create roles; create it and rerun, or set PLENARY_DB_ROLE=""';
    END;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'plenary_app') THEN
    EXECUTE format('GRANT plenary_app TO %I', current_user);
    GRANT USAGE ON SCHEMA public TO plenary_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO plenary_app;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO plenary_app;
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO plenary_app;
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM plenary_app; -- the health check reads it
    REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM plenary_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO plenary_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO plenary_app;
  END IF;
END $$;
