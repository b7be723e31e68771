// The privacy chores of registrations: a delegate's erasure (anonymize, used by the personal
// link's use case), anonymizing an archived edition, and deleting passport details once the
// edition has ended (a job). Anonymizing keeps the row (status, country, role: the counts)
// and removes the person, their personal link and their mails.
import "server-only";
import type { Tx } from "@/lib/db";
import { ok } from "@/lib/errors";
import { can as hasPermission, type Principal } from "@/lib/access/policy";
import { can as canEdition } from "@/lib/editions/policy";
import { defineUseCase, nothingToLoad } from "@/lib/use-case";
import { refuse } from "../mutations";
import { editionIdInput } from "../schema";
import { lockEditionSeats } from "../seats/mutations";

/**
 * Anonymizes registrations in place: the counts (status, country, role) stay, the person
 * goes; the personal link dies, and so do their mails in the outbox (waiting ones are
 * cancelled, sent ones keep no name, address or text).
 */
export async function anonymize(tx: Tx, where: { editionId: string } | { id: string }, now: Date): Promise<number> {
  const byEdition = "editionId" in where;
  await tx.$executeRaw`
    UPDATE "OutboxMessage" o SET
      status = CASE WHEN o.status IN ('PENDING','FAILED') THEN 'CANCELLED'::"OutboxStatus" ELSE o.status END,
      "toAddress" = 'erased@invalid', subject = '—', "textBody" = '—', "htmlBody" = NULL, secret = NULL
     FROM "Registration" r
    WHERE o.ref = 'registration:' || r.id AND o.status <> 'SENDING' AND r."erasedAt" IS NULL
      AND (${byEdition} AND r."editionId" = ${byEdition ? where.editionId : ""} OR NOT ${byEdition} AND r.id = ${byEdition ? "" : where.id})`;
  return tx.$executeRaw`
    UPDATE "Registration" SET
      honorific = NULL, "givenName" = '—', "familyName" = '—', "jobTitle" = NULL, organization = NULL, phone = NULL,
      email = 'erased-' || id || '@invalid', "accessibilityNeeds" = NULL, "dietaryNeeds" = NULL, "passportNumber" = NULL, nationality = NULL,
      "decisionReason" = NULL, "tokenHash" = md5(random()::text || id) || md5(clock_timestamp()::text || id), "tokenSealed" = NULL,
      "userId" = NULL, "erasedAt" = ${now}, "updatedAt" = ${now}
    WHERE "erasedAt" IS NULL AND (${byEdition} AND "editionId" = ${byEdition ? where.editionId : ""} OR NOT ${byEdition} AND id = ${byEdition ? "" : where.id})`;
}

/** The organizer anonymizes every registration of an archived edition. */
export const anonymizeEdition = defineUseCase({
  name: "registrations.anonymizeEdition",
  input: editionIdInput,
  allows: (actor) => hasPermission(actor, "registrations.review") && canEdition(actor, "update"),
  load: (tx, input) => lockEditionSeats(tx, input.editionId),
  authorize: (actor) => canEdition(actor, "update"),
  async run({ tx, record: e, now }) {
    if (e.status !== "ARCHIVED") return refuse("EDITION_NOT_ARCHIVED");
    return ok({ editionId: e.id, count: await anonymize(tx, { editionId: e.id }, now) });
  },
  audit: (_ctx, r) => ({ action: "registration.anonymizeEdition", entityType: "Edition", entityId: r.editionId, editionId: r.editionId, data: { count: r.count } }),
});

/** The job: passport details are deleted once the edition has ended (the visa letters are issued by then). */
export const purgePassports = defineUseCase({
  name: "registrations.purgePassports",
  input: editionIdInput.partial(),
  allows: (actor: Principal) => hasPermission(actor, "system.jobs"),
  load: nothingToLoad,
  authorize: (actor) => hasPermission(actor, "system.jobs"),
  async run({ tx, now }) {
    const rows = await tx.$queryRaw<{ editionId: string; count: bigint }[]>`
      WITH purged AS (
        UPDATE "Registration" r SET "passportNumber" = NULL, nationality = NULL, "passportDeletedAt" = ${now}
          FROM "Edition" e
         WHERE e.id = r."editionId" AND e."endsAt" < ${now} AND (r."passportNumber" IS NOT NULL OR r.nationality IS NOT NULL)
        RETURNING r."editionId")
      SELECT "editionId", count(*) AS count FROM purged GROUP BY "editionId"`;
    return ok(rows.map((r) => ({ editionId: r.editionId, count: Number(r.count) })));
  },
  audit: (_ctx, rows) => rows.map((r) => ({ action: "registration.purgePassports" as const, entityType: "Edition", entityId: r.editionId, editionId: r.editionId, data: { count: r.count } })),
});
