// The texts of a release: saving a language as a new version, restoring one, approving a
// translation, and correcting the live text of a published release through review. The
// release row is locked first (lockRelease), as for every newsroom write.
import "server-only";
import { invalidatePublicWithin, NEWS_TAG } from "@/lib/public-cache";
import type { Tx } from "@/lib/db";
import { fail, ok } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { defineUseCase } from "@/lib/use-case";
import type { Principal } from "@/lib/access/policy";
import type { AuditEntry } from "@/lib/audit/mutations";
import { currentVersion, lockRelease, move, type LockedRelease } from "../mutations";
import { can, pressProblem, statusAfterEdit } from "../policy";
import { correctionApproval, correctionRef, releaseText, translationApproval, versionRestore, type PressReason, type ReleaseText } from "../schema";

/**
 * Saves the text of one language as a new version. The source language's save marks the
 * translations made from an older source as outdated, and sends an approved release back
 * to review.
 */
async function saveText(tx: Tx, actor: Principal, r: LockedRelease, input: Omit<ReleaseText, "releaseId">) {
  const isTranslation = input.locale !== r.sourceLocale;
  if (pressProblem(actor, isTranslation ? "translate" : "edit", r.status)) return fail<PressReason>("PUBLISHED_LOCKED");
  if (isTranslation && r.status === "PUBLISHED") {
    // After publication a missing or unapproved translation is written and reviewed on its own;
    // one the public already reads is changed by a correction (saveCorrection), not here.
    const live = await tx.pressTranslation.findUnique({ where: { releaseId_locale: { releaseId: r.id, locale: input.locale } }, select: { status: true } });
    if (live?.status === "APPROVED") return fail<PressReason>("PUBLISHED_LOCKED");
  }
  const number = ((await currentVersion(tx, r.id, input.locale)) ?? 0) + 1;
  const v = await tx.pressReleaseVersion.create({ data: { releaseId: r.id, locale: input.locale, number, title: input.title, summary: input.summary, body: input.body, authorId: actor.id! } });
  const isSource = input.locale === r.sourceLocale;
  const sourceVersion = isSource
    ? number
    : ((await currentVersion(tx, r.id, r.sourceLocale)) ?? 1);
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
    if (next !== r.status) await move(tx, actor, r, next, { cause: "editedAfterApproval", data: { approvedById: null, approvedAt: null, publishAt: null } });
  }
  return ok({ id: v.id, releaseId: r.id, editionId: r.editionId, locale: input.locale, version: number });
}

const saveAudit = (_ctx: unknown, v: { releaseId: string; editionId: string; locale: string; version: number }): AuditEntry => ({
  action: "press.save", entityType: "PressRelease", entityId: v.releaseId, editionId: v.editionId, data: { locale: v.locale, version: v.version },
});

export const saveReleaseText = defineUseCase({
  name: "press.save",
  input: releaseText,
  load: (tx, input) => lockRelease(tx, input.releaseId),
  allows: (actor) => can(actor, "edit"),
  authorize: (actor, r) => can(actor, "edit", r),
  run: ({ tx, actor, input, record }) => saveText(tx, actor, record, input),
  audit: saveAudit,
});

/**
 * A correction of a published release's live text, in one language: kept apart while it is
 * written and reviewed, so the public reads the approved text until a reviewer approves
 * the correction. One correction in progress per language (a partial unique index).
 */
export const saveCorrection = defineUseCase({
  name: "press.saveCorrection",
  input: releaseText,
  load: (tx, input) => lockRelease(tx, input.releaseId),
  allows: (actor) => can(actor, "edit"),
  authorize: (actor, r) => can(actor, "edit", r),
  async run({ tx, actor, input, record: r }) {
    if (r.status !== "PUBLISHED") return fail<PressReason>("INVALID_TRANSITION");
    const live = await tx.pressTranslation.findUnique({ where: { releaseId_locale: { releaseId: r.id, locale: input.locale } }, select: { status: true } });
    if (live?.status !== "APPROVED") return fail<PressReason>("INVALID_TRANSITION"); // not live: a plain translation, reviewed on its own
    const open = await tx.pressCorrection.findFirst({ where: { releaseId: r.id, locale: input.locale, status: "DRAFT" }, select: { id: true } });
    const text = { title: input.title, summary: input.summary, body: input.body };
    const c = open
      ? await tx.pressCorrection.update({ where: { id: open.id }, data: text })
      : await tx.pressCorrection.create({ data: { releaseId: r.id, locale: input.locale, ...text, createdById: actor.id! } });
    return ok({ id: c.id, releaseId: r.id, editionId: r.editionId, locale: input.locale });
  },
  audit: (_ctx, c) => ({ action: "press.correction.save", entityType: "PressRelease", entityId: c.releaseId, editionId: c.editionId, data: { locale: c.locale } }),
});

/** A reviewer approves a correction: it becomes the live text (a new version), and the release says it was updated, when and why. */
export const approveCorrection = defineUseCase({
  name: "press.approveCorrection",
  input: correctionApproval,
  load: (tx, input) => lockRelease(tx, input.releaseId),
  allows: (actor) => can(actor, "approveTranslation"),
  authorize: (actor, r) => can(actor, "approveTranslation", r),
  async run({ tx, actor, input, record: r, now }) {
    if (r.status !== "PUBLISHED") return fail<PressReason>("INVALID_TRANSITION");
    const c = await tx.pressCorrection.findFirst({ where: { releaseId: r.id, locale: input.locale, status: "DRAFT" } });
    if (!c) return fail<PressReason>("NOT_FOUND");
    const number = ((await currentVersion(tx, r.id, input.locale)) ?? 0) + 1;
    await tx.pressReleaseVersion.create({ data: { releaseId: r.id, locale: input.locale, number, title: c.title, summary: c.summary, body: c.body, authorId: c.createdById } });
    await tx.pressTranslation.update({
      where: { releaseId_locale: { releaseId: r.id, locale: input.locale } },
      data: { title: c.title, summary: c.summary, body: c.body, approvedById: actor.id, approvedAt: now, ...(input.locale === r.sourceLocale ? { sourceVersion: number } : {}) },
    });
    await tx.pressCorrection.update({ where: { id: c.id }, data: { status: "APPROVED", note: input.note, approvedById: actor.id, approvedAt: now } });
    await tx.pressRelease.update({ where: { id: r.id }, data: { correctedAt: now, correctionNote: input.note } });
    await tx.pressTransition.create({ data: { releaseId: r.id, from: "PUBLISHED", to: "PUBLISHED", actorId: actor.id, note: input.note, cause: "corrected" } });
    await invalidatePublicWithin(tx, NEWS_TAG); // the corrected text on every instance with the commit
    return ok({ id: r.id, editionId: r.editionId, locale: input.locale, version: number });
  },
  audit: (_ctx, r) => ({ action: "press.correction.approve", entityType: "PressRelease", entityId: r.id, editionId: r.editionId, data: { locale: r.locale, version: r.version } }),
});

export const discardCorrection = defineUseCase({
  name: "press.discardCorrection",
  input: correctionRef,
  load: (tx, input) => lockRelease(tx, input.releaseId),
  allows: (actor) => can(actor, "edit"),
  authorize: (actor, r) => can(actor, "edit", r),
  async run({ tx, input, record: r }) {
    const done = await tx.pressCorrection.updateMany({ where: { releaseId: r.id, locale: input.locale, status: "DRAFT" }, data: { status: "DISCARDED" } });
    if (!done.count) return fail<PressReason>("NOT_FOUND");
    return ok({ id: r.id, editionId: r.editionId, locale: input.locale });
  },
  audit: (_ctx, r) => ({ action: "press.correction.discard", entityType: "PressRelease", entityId: r.id, editionId: r.editionId, data: { locale: r.locale } }),
});

/** Restores an old version: it becomes the newest version of its language. */
export const restoreVersion = defineUseCase({
  name: "press.restore",
  input: versionRestore,
  load: async (tx, input) => {
    const v = await tx.pressReleaseVersion.findUnique({ where: { id: input.versionId } });
    if (!v || !isLocale(v.locale)) return null;
    const release = await lockRelease(tx, v.releaseId);
    return release && { release, version: { ...v, locale: v.locale } };
  },
  allows: (actor) => can(actor, "edit"),
  authorize: (actor, { release }) => can(actor, "edit", release),
  run: ({ tx, actor, record: { release, version: v } }) => saveText(tx, actor, release, { locale: v.locale, title: v.title, summary: v.summary, body: v.body }),
  audit: saveAudit,
});

export const approveTranslation = defineUseCase({
  name: "press.approveTranslation",
  input: translationApproval,
  load: (tx, input) => lockRelease(tx, input.releaseId),
  allows: (actor) => can(actor, "approveTranslation"),
  authorize: (actor, r) => can(actor, "approveTranslation", r),
  async run({ tx, actor, input, record: r, now }) {
    const problem = pressProblem(actor, "approveTranslation", r.status);
    if (problem) return fail<PressReason>(problem);
    const tr = await tx.pressTranslation.findUnique({ where: { releaseId_locale: { releaseId: r.id, locale: input.locale } } });
    if (!tr || input.locale === r.sourceLocale) return fail<PressReason>("NOT_FOUND");
    if (tr.status !== "DRAFT") return fail<PressReason>(tr.status === "OUTDATED" ? "TRANSLATION_OUTDATED" : "INVALID_TRANSITION");
    if (input.version !== (await currentVersion(tx, r.id, input.locale))) return fail<PressReason>("VERSION_CHANGED");
    await tx.pressTranslation.update({ where: { id: tr.id }, data: { status: "APPROVED", approvedById: actor.id, approvedAt: now } });
    return ok({ id: tr.id, releaseId: r.id, editionId: r.editionId, locale: input.locale });
  },
  audit: (_ctx, t) => ({ action: "press.translation.approve", entityType: "PressRelease", entityId: t.releaseId, editionId: t.editionId, data: { locale: t.locale } }),
});
