-- A cancelled edition stays public only if it was ever public (issue "Editions and newsroom
-- after first contact", item 5): the first time an edition leaves draft is recorded.
ALTER TABLE "Edition" ADD COLUMN "announcedAt" TIMESTAMP(3);
-- Cancelling asks for a reason, shown publicly with the date.
ALTER TABLE "Edition" ADD COLUMN "cancelledAt" TIMESTAMP(3);
ALTER TABLE "Edition" ADD COLUMN "cancellationReason" TEXT;
-- Editions past draft were public; a cancelled one was if the audit log shows it announced.
UPDATE "Edition" e SET "announcedAt" = COALESCE(
  (SELECT min(a.at) FROM "AuditLog" a WHERE a."entityId" = e.id AND a.action = 'edition.transition' AND a.data->>'to' <> 'CANCELLED' AND a.data->>'to' <> 'DRAFT'),
  CASE WHEN e.status NOT IN ('DRAFT', 'CANCELLED') THEN e."updatedAt" END);
