// Writes of the newsroom. Each use case is one transaction with its audit entry, its
// status history and any email it causes; the release row is locked first, so two people
// acting at once cannot both move it.
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/mutations";
import { enqueueMails } from "@/lib/mail/outbox";
import { publicUrl } from "@/lib/env";
import { isLocale, pickLocalized, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import { zonedLocalToUtc } from "@/lib/i18n/time-zones";
import type { PressStatus } from "@/lib/generated/prisma/enums";
import { pressProblem, statusAfterEdit, type PressAction } from "./policy";
import { draftFromTemplate } from "./template";
import { markdownToText } from "./markdown";
import type { ReleaseText } from "./schema";

type Result<T = { id: string }> = { ok: true; data: T } | { ok: false; reason: string; fieldErrors?: Record<string, string[]> };

async function lockRelease(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "PressRelease" WHERE id = ${id} FOR UPDATE`;
  return rows.length ? tx.pressRelease.findUniqueOrThrow({ where: { id }, include: { edition: { select: { id: true, timeZone: true } } } }) : null;
}

function check(actor: Actor, action: PressAction, status: PressStatus) {
  const problem = pressProblem(actor, action, status);
  if (problem === "FORBIDDEN") throw new AppError("FORBIDDEN");
  return problem;
}

async function move(tx: Tx, actor: Actor, release: { id: string; status: PressStatus; editionId: string }, to: PressStatus, note: string | null, data: object = {}) {
  await tx.pressRelease.update({ where: { id: release.id }, data: { status: to, ...data } });
  await tx.pressTransition.create({ data: { releaseId: release.id, from: release.status, to, actorId: actor.id, note } });
  await recordAudit(tx, { actor, action: "press.transition", entityType: "PressRelease", entityId: release.id, editionId: release.editionId, data: { from: release.status, to } });
}

const slugify = (s: string) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "release";

/** A new release for an edition, drafted from the template in its source language. */
export async function createReleaseFromTemplate({ actor, editionId, sourceLocale }: { actor: Actor; editionId: string; sourceLocale: Locale }): Promise<Result> {
  check(actor, "edit", "DRAFT");
  return db.$transaction(async (tx) => {
    const e = await tx.edition.findUnique({
      where: { id: editionId },
      include: {
        series: true,
        invitations: { where: { status: "ACCEPTED" }, select: { id: true } },
        registrations: { where: { status: "APPROVED" }, select: { givenName: true, familyName: true, honorific: true, delegationRole: true, countryCode: true } },
      },
    });
    if (!e) return { ok: false as const, reason: "NOT_FOUND" };
    const name = pickLocalized(e.series.name, sourceLocale);
    const editionTitle = translator(sourceLocale, "edition")("title", { number: e.number, name });
    const draft = draftFromTemplate(sourceLocale, {
      title: editionTitle, theme: pickLocalized(e.theme, sourceLocale), host: pickLocalized(e.series.hostName, sourceLocale),
      venue: pickLocalized(e.venue, sourceLocale), startsAt: e.startsAt, endsAt: e.endsAt, timeZone: e.timeZone,
      countries: e.invitations.length, delegates: e.registrations.length,
      heads: e.registrations.filter((r) => r.delegationRole === "HEAD").map((r) => ({ name: [r.honorific, r.givenName, r.familyName].filter(Boolean).join(" "), countryCode: r.countryCode })),
    });
    const slug = `${slugify(`${e.series.slug}-${e.number}-${draft.title}`)}-${randomBytes(3).toString("hex")}`;
    const r = await tx.pressRelease.create({ data: { editionId, slug, sourceLocale, createdById: actor.id } });
    await tx.pressTranslation.create({ data: { releaseId: r.id, locale: sourceLocale, status: "DRAFT", title: draft.title, summary: draft.summary, body: draft.body, sourceVersion: 1 } });
    await tx.pressReleaseVersion.create({ data: { releaseId: r.id, locale: sourceLocale, number: 1, title: draft.title, summary: draft.summary, body: draft.body, authorId: actor.id } });
    await recordAudit(tx, { actor, action: "press.create", entityType: "PressRelease", entityId: r.id, editionId });
    return { ok: true as const, data: { id: r.id } };
  });
}

/**
 * Saves the text of one language as a new version. The source language's save marks the
 * translations made from an older source as outdated, and sends an approved release back
 * to review.
 */
export async function saveReleaseText({ actor, input }: { actor: Actor; input: ReleaseText }): Promise<Result<{ id: string; version: number }>> {
  return db.$transaction(async (tx) => {
    const r = await lockRelease(tx, input.releaseId);
    if (!r) return { ok: false as const, reason: "NOT_FOUND" };
    const problem = check(actor, "edit", r.status);
    if (problem) return { ok: false as const, reason: "PUBLISHED_LOCKED" };
    const last = await tx.pressReleaseVersion.aggregate({ where: { releaseId: r.id, locale: input.locale }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const v = await tx.pressReleaseVersion.create({ data: { releaseId: r.id, locale: input.locale, number, title: input.title, summary: input.summary, body: input.body, authorId: actor.id } });
    const isSource = input.locale === r.sourceLocale;
    const sourceVersion = isSource
      ? number
      : ((await tx.pressReleaseVersion.aggregate({ where: { releaseId: r.id, locale: r.sourceLocale }, _max: { number: true } }))._max.number ?? 1);
    await tx.pressTranslation.upsert({
      where: { releaseId_locale: { releaseId: r.id, locale: input.locale } },
      create: { releaseId: r.id, locale: input.locale, status: "DRAFT", title: input.title, summary: input.summary, body: input.body, sourceVersion },
      update: { status: "DRAFT", title: input.title, summary: input.summary, body: input.body, sourceVersion, approvedById: null, approvedAt: null },
    });
    if (isSource) {
      await tx.pressTranslation.updateMany({
        where: { releaseId: r.id, locale: { not: r.sourceLocale }, sourceVersion: { lt: number }, status: { in: ["DRAFT", "APPROVED"] } },
        data: { status: "OUTDATED" },
      });
      const next = statusAfterEdit(r.status);
      if (next !== r.status) await move(tx, actor, r, next, "edited after approval", { approvedById: null, approvedAt: null, publishAt: null });
    }
    await recordAudit(tx, { actor, action: "press.save", entityType: "PressRelease", entityId: r.id, editionId: r.editionId, data: { locale: input.locale, version: number } });
    return { ok: true as const, data: { id: v.id, version: number } };
  });
}

/** Restores an old version: it becomes the newest version of its language. */
export async function restoreVersion({ actor, versionId }: { actor: Actor; versionId: string }) {
  const v = await db.pressReleaseVersion.findUnique({ where: { id: versionId } });
  if (!v || !isLocale(v.locale)) return { ok: false as const, reason: "NOT_FOUND" };
  return saveReleaseText({ actor, input: { releaseId: v.releaseId, locale: v.locale, title: v.title, summary: v.summary, body: v.body } });
}

/** Submit, approve, ask for changes, publish now, withdraw. */
export async function stepRelease({ actor, releaseId, step, note }: { actor: Actor; releaseId: string; step: "submit" | "approve" | "requestChanges" | "publish" | "withdraw"; note: string | null }): Promise<Result> {
  return db.$transaction(async (tx) => {
    const r = await lockRelease(tx, releaseId);
    if (!r) return { ok: false as const, reason: "NOT_FOUND" };
    const problem = check(actor, step, r.status);
    if (problem) return { ok: false as const, reason: problem };
    const now = new Date();
    if (step === "submit") await move(tx, actor, r, "IN_REVIEW", note);
    if (step === "requestChanges") await move(tx, actor, r, "DRAFT", note, { approvedById: null, approvedAt: null, publishAt: null });
    if (step === "approve") {
      await move(tx, actor, r, "APPROVED", note, { approvedById: actor.id, approvedAt: now });
      await tx.pressTranslation.updateMany({ where: { releaseId: r.id, locale: r.sourceLocale }, data: { status: "APPROVED", approvedById: actor.id, approvedAt: now } });
    }
    if (step === "publish") {
      await move(tx, actor, r, "PUBLISHED", note, { publishedAt: now, publishAt: null });
      if (!r.distributedAt) await distribute(tx, r.id, false);
    }
    if (step === "withdraw") await move(tx, actor, r, "WITHDRAWN", note, { withdrawnAt: now });
    return { ok: true as const, data: { id: r.id } };
  });
}

/**
 * Scheduled: nothing leaves before the time. Embargoed: the press list receives it now,
 * marked with the embargo; the public sees it only at the time. Both publish by a job.
 */
export async function timeRelease({ actor, releaseId, mode, publishAtLocal, now = new Date() }: { actor: Actor; releaseId: string; mode: "schedule" | "embargo"; publishAtLocal: string; now?: Date }): Promise<Result<{ id: string; publishAt: Date }>> {
  return db.$transaction(async (tx) => {
    const r = await lockRelease(tx, releaseId);
    if (!r) return { ok: false as const, reason: "NOT_FOUND" };
    const problem = check(actor, mode, r.status);
    if (problem) return { ok: false as const, reason: problem };
    const publishAt = zonedLocalToUtc(publishAtLocal, r.edition.timeZone);
    if (publishAt <= now) return { ok: false as const, reason: "INVALID_INPUT", fieldErrors: { publishAt: ["inThePast"] } };
    await move(tx, actor, r, mode === "schedule" ? "SCHEDULED" : "EMBARGOED", null, { publishAt });
    if (mode === "embargo" && !r.distributedAt) await distribute(tx, r.id, true);
    return { ok: true as const, data: { id: r.id, publishAt } };
  });
}

export async function approveTranslation({ actor, releaseId, locale }: { actor: Actor; releaseId: string; locale: Locale }): Promise<Result> {
  return db.$transaction(async (tx) => {
    const r = await lockRelease(tx, releaseId);
    if (!r) return { ok: false as const, reason: "NOT_FOUND" };
    const problem = check(actor, "approveTranslation", r.status);
    if (problem) return { ok: false as const, reason: problem };
    const tr = await tx.pressTranslation.findUnique({ where: { releaseId_locale: { releaseId, locale } } });
    if (!tr || locale === r.sourceLocale) return { ok: false as const, reason: "NOT_FOUND" };
    if (tr.status !== "DRAFT") return { ok: false as const, reason: tr.status === "OUTDATED" ? "TRANSLATION_OUTDATED" : "INVALID_TRANSITION" };
    await tx.pressTranslation.update({ where: { id: tr.id }, data: { status: "APPROVED", approvedById: actor.id, approvedAt: new Date() } });
    await recordAudit(tx, { actor, action: "press.translation.approve", entityType: "PressRelease", entityId: releaseId, editionId: r.editionId, data: { locale } });
    return { ok: true as const, data: { id: tr.id } };
  });
}

/** Emails the release to the active press list, each in their language when approved. */
async function distribute(tx: Tx, releaseId: string, embargoed: boolean) {
  const r = await tx.pressRelease.findUniqueOrThrow({ where: { id: releaseId }, include: { translations: { where: { status: "APPROVED" } }, edition: { select: { timeZone: true } } } });
  const contacts = await tx.pressContact.findMany({ where: { active: true } });
  const mails = contacts.flatMap((c) => {
    const locale = (r.translations.some((t) => t.locale === c.locale) ? c.locale : r.sourceLocale) as Locale;
    const text = r.translations.find((t) => t.locale === locale) ?? r.translations[0];
    if (!text) return [];
    const t = translator(locale, "mail.pressRelease");
    const when = r.publishAt ? new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: r.edition.timeZone, timeZoneName: "short" }).format(r.publishAt) : "";
    return [{
      to: c.email,
      locale,
      kind: "press-release",
      subject: embargoed ? t("subjectEmbargoed", { title: text.title, when }) : t("subject", { title: text.title }),
      text: [embargoed ? t("embargoNotice", { when }) : "", text.title, text.summary ?? "", markdownToText(text.body), t("link", { url: `${publicUrl()}/${locale}/news/${r.slug}` })]
        .filter(Boolean)
        .join("\n\n"),
    }];
  });
  await enqueueMails(tx, mails);
  await tx.pressRelease.update({ where: { id: releaseId }, data: { distributedAt: new Date() } });
}

/**
 * Publishes every scheduled or embargoed release whose time has come. The conditional
 * UPDATE is the lock: however many workers run this at once, each release is published
 * (and distributed) exactly once.
 */
export async function publishDueReleases({ now = new Date() }: { now?: Date } = {}): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; from: PressStatus; editionId: string; distributedAt: Date | null }[]>`
      UPDATE "PressRelease" p SET status = 'PUBLISHED', "publishedAt" = p."publishAt", "updatedAt" = now()
      FROM (SELECT id, status FROM "PressRelease" WHERE status IN ('SCHEDULED', 'EMBARGOED') AND "publishAt" <= ${now} FOR UPDATE SKIP LOCKED) d
      WHERE p.id = d.id
      RETURNING p.id, d.status::text AS "from", p."editionId", p."distributedAt"`;
    for (const r of due) {
      await tx.pressTransition.create({ data: { releaseId: r.id, from: r.from, to: "PUBLISHED", note: "published on time" } });
      await recordAudit(tx, { actor: null, action: "press.publish.scheduled", entityType: "PressRelease", entityId: r.id, editionId: r.editionId });
      if (!r.distributedAt) await distribute(tx, r.id, false);
    }
    return due.map((r) => r.id);
  });
}
