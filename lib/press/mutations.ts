// Writes of the newsroom, each a use case: the release row is locked first, so two people
// acting at once cannot both move it; the status history, the audit entry and any email
// are written in the same transaction.
import "server-only";
import { invalidatePublicWithin, NEWS_TAG } from "@/lib/public-cache";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { fail, ok } from "@/lib/errors";
import { enqueueMails, type MailInput } from "@/lib/mail/outbox";
import { publicUrl } from "@/lib/env";
import { isLocale, pickLocalized, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import { zonedLocalToUtc } from "@/lib/i18n/time-zones";
import { defineUseCase, lockRow } from "@/lib/use-case";
import type { Principal } from "@/lib/access/policy";
import type { AuditEntry } from "@/lib/audit/mutations";
import type { PressStatus } from "@/lib/generated/prisma/enums";
import { can, pressProblem } from "./policy";
import { draftFromTemplate, templateStage } from "./template";
import { markdownToText } from "./markdown";
import { slugFromTitle } from "./slug";
import { newRelease, releaseSlug, releaseStep, releaseTiming, type PressReason } from "./schema";

export type LockedRelease = NonNullable<Awaited<ReturnType<typeof lockRelease>>>;

export async function lockRelease(tx: Tx, id: string) {
  if (!(await lockRow(tx, "PressRelease", id))) return null;
  return tx.pressRelease.findUniqueOrThrow({ where: { id }, include: { edition: { select: { id: true, timeZone: true } } } });
}

/** Moves a release and records the step: `note` is what a person typed, `cause` a code when Plenary moved it. */
export async function move(tx: Tx, actor: Principal, release: { id: string; status: PressStatus }, to: PressStatus, opts: { note?: string | null; cause?: string; data?: object } = {}) {
  await tx.pressRelease.update({ where: { id: release.id }, data: { status: to, ...opts.data } });
  await tx.pressTransition.create({ data: { releaseId: release.id, from: release.status, to, actorId: actor.id, note: opts.note ?? null, cause: opts.cause ?? null } });
}

/** The newest version number of a release's text in one language (the one on screen when it was loaded). */
export async function currentVersion(tx: Tx, releaseId: string, locale: string): Promise<number | null> {
  return (await tx.pressReleaseVersion.aggregate({ where: { releaseId, locale }, _max: { number: true } }))._max.number;
}

const slugify = (s: string) =>
  s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "release";

const transitionAudit = (r: { id: string; editionId: string; from: PressStatus; to: PressStatus }): AuditEntry => ({
  action: "press.transition", entityType: "PressRelease", entityId: r.id, editionId: r.editionId, data: { from: r.from, to: r.to },
});

/** A new release for an edition, drafted from the template in its source language. */
export const createReleaseFromTemplate = defineUseCase({
  name: "press.create",
  input: newRelease,
  load: (tx, input) =>
    tx.edition.findUnique({
      where: { id: input.editionId },
      include: {
        series: true,
        invitations: { where: { status: "ACCEPTED" }, select: { id: true } },
        registrations: { where: { status: "APPROVED" }, select: { givenName: true, familyName: true, honorific: true, delegationRole: true, countryCode: true } },
      },
    }),
  allows: (actor) => can(actor, "create"),
  authorize: (actor, e) => can(actor, "create", { editionId: e.id }),
  async run({ tx, actor, input, record: e, now }) {
    const sourceLocale = input.sourceLocale;
    const name = pickLocalized(e.series.name, sourceLocale);
    const editionTitle = translator(sourceLocale, "edition")("title", { number: e.number, name });
    const draft = draftFromTemplate(sourceLocale, {
      title: editionTitle, theme: pickLocalized(e.theme, sourceLocale), host: pickLocalized(e.series.hostName, sourceLocale),
      venue: pickLocalized(e.venue, sourceLocale), startsAt: e.startsAt, endsAt: e.endsAt, timeZone: e.timeZone,
      countries: e.invitations.length, delegates: e.registrations.length,
      heads: e.registrations.filter((r) => r.delegationRole === "HEAD").map((r) => ({ name: [r.honorific, r.givenName, r.familyName].filter(Boolean).join(" "), countryCode: r.countryCode })),
      stage: templateStage(e, now),
    });
    const slug = `${slugify(`${e.series.slug}-${e.number}-${draft.title}`)}-${randomBytes(3).toString("hex")}`;
    const r = await tx.pressRelease.create({ data: { editionId: e.id, slug, sourceLocale, createdById: actor.id! } });
    await tx.pressTranslation.create({ data: { releaseId: r.id, locale: sourceLocale, status: "DRAFT", title: draft.title, summary: draft.summary, body: draft.body, sourceVersion: 1 } });
    await tx.pressReleaseVersion.create({ data: { releaseId: r.id, locale: sourceLocale, number: 1, title: draft.title, summary: draft.summary, body: draft.body, authorId: actor.id! } });
    return ok({ id: r.id, editionId: e.id });
  },
  audit: (_ctx, r) => ({ action: "press.create", entityType: "PressRelease", entityId: r.id, editionId: r.editionId }),
});

/** Submit, approve, ask for changes, publish now, withdraw. */
export const stepRelease = defineUseCase({
  name: "press.step",
  input: releaseStep,
  load: (tx, input) => lockRelease(tx, input.releaseId),
  allows: (actor) => can(actor, "view"), // any newsroom role; the step itself is authorized below
  authorize: (actor, r, input) => can(actor, input.step, r),
  async run({ tx, actor, input, record: r, now }) {
    const problem = pressProblem(actor, input.step, r.status);
    if (problem) return fail<PressReason>(problem);
    if (input.step === "approve" && input.version !== (await currentVersion(tx, r.id, r.sourceLocale))) return fail<PressReason>("VERSION_CHANGED");
    const note = input.note;
    const to: Record<typeof input.step, PressStatus> = { submit: "IN_REVIEW", requestChanges: "DRAFT", approve: "APPROVED", publish: "PUBLISHED", withdraw: "WITHDRAWN", redraft: "DRAFT" };
    const data: Record<typeof input.step, object> = {
      submit: {},
      requestChanges: { approvedById: null, approvedAt: null, publishAt: null },
      approve: { approvedById: actor.id, approvedAt: now },
      publish: { publishedAt: now, publishAt: null },
      withdraw: { withdrawnAt: now, withdrawalReason: note },
      // Back to work after a withdrawal: reviewed, approved and published anew (and sent to the press list again).
      redraft: { withdrawnAt: null, withdrawalReason: null, publishedAt: null, publishAt: null, approvedById: null, approvedAt: null, distributedAt: null },
    };
    await move(tx, actor, r, to[input.step], { note, data: data[input.step] });
    if (input.step === "approve") {
      await tx.pressTranslation.updateMany({ where: { releaseId: r.id, locale: r.sourceLocale }, data: { status: "APPROVED", approvedById: actor.id, approvedAt: now } });
    }
    if (input.step === "publish" && !r.distributedAt) await distribute(tx, [r.id], { embargoed: false, now });
    if (input.step === "submit" || input.step === "approve" || input.step === "requestChanges") await tellTheOtherSide(tx, actor, r, input.step, note);
    // Withdrawn: press-list emails still waiting for this release never leave.
    if (input.step === "withdraw") await tx.outboxMessage.updateMany({ where: { ref: `press:${r.id}`, status: "PENDING" }, data: { status: "CANCELLED", secret: null } });
    // Into or out of the public newsroom: every instance's news pages go with the commit.
    if (r.status === "PUBLISHED" || to[input.step] === "PUBLISHED") await invalidatePublicWithin(tx, NEWS_TAG);
    return ok({ id: r.id, editionId: r.editionId, from: r.status, to: to[input.step], step: input.step });
  },
  audit: (_ctx, r) => transitionAudit(r),
});

/**
 * A review step emails the other side, in each person's language: a submission goes to the
 * reviewers; an approval or a request for changes goes to whoever wrote and submitted it.
 * The comment travels with it; the person who acted is not told of their own step.
 */
async function tellTheOtherSide(tx: Tx, actor: Principal, r: LockedRelease, step: "submit" | "approve" | "requestChanges", note: string | null) {
  const recipients =
    step === "submit"
      ? await tx.user.findMany({ where: { role: "REVIEWER", disabledAt: null }, select: { email: true, locale: true } })
      : await tx.user.findMany({
          where: { disabledAt: null, OR: [{ id: r.createdById }, { transitions: { some: { releaseId: r.id, to: "IN_REVIEW" } } }] },
          select: { email: true, locale: true },
        });
  const source = await tx.pressTranslation.findFirst({ where: { releaseId: r.id, locale: r.sourceLocale }, select: { title: true } });
  const mails: MailInput[] = recipients
    .filter((u) => u.email !== actor.email)
    .map((u) => {
      const locale = (isLocale(u.locale) ? u.locale : "en") as Locale;
      const t = translator(locale, "mail.pressReview");
      const title = source?.title ?? "";
      return {
        to: u.email, locale, kind: "press-review", ref: `press:${r.id}`,
        subject: t(`subject.${step}`, { title }),
        text: [t(`text.${step}`, { title, who: actor.name ?? actor.email ?? "" }), note ? `${t("comment")}\n${note}` : "", `${publicUrl()}/${locale}/admin/newsroom/${r.id}`].filter(Boolean).join("\n\n"),
      };
    });
  await enqueueMails(tx, mails);
}

/**
 * Scheduled: nothing leaves before the time. Embargoed: the press list receives it now,
 * marked with the embargo; the public sees it only at the time. Both publish by a job.
 */
export const timeRelease = defineUseCase({
  name: "press.time",
  input: releaseTiming,
  load: (tx, input) => lockRelease(tx, input.releaseId),
  allows: (actor) => can(actor, "view"),
  authorize: (actor, r, input) => can(actor, input.mode, r),
  async run({ tx, actor, input, record: r, now }) {
    const problem = pressProblem(actor, input.mode, r.status);
    if (problem) return fail<PressReason>(problem);
    const publishAt = zonedLocalToUtc(input.publishAt, r.edition.timeZone);
    if (publishAt <= now) return fail<PressReason>("INVALID_INPUT", { publishAt: ["inThePast"] });
    const to: PressStatus = input.mode === "schedule" ? "SCHEDULED" : "EMBARGOED";
    await move(tx, actor, r, to, { data: { publishAt } });
    if (input.mode === "embargo" && !r.distributedAt) await distribute(tx, [r.id], { embargoed: true, now });
    return ok({ id: r.id, editionId: r.editionId, from: r.status, to, publishAt, mode: input.mode });
  },
  audit: (_ctx, r) => transitionAudit(r),
});

/**
 * Gives a release its public address the first time it leaves (published, or sent under
 * embargo): from the English headline when there is an approved one, else the source
 * headline transliterated. An address a person set is kept. The provisional one redirects.
 */
async function settleSlug(tx: Tx, releaseId: string) {
  const r = await tx.pressRelease.findUniqueOrThrow({ where: { id: releaseId }, select: { id: true, slug: true, slugSettled: true, sourceLocale: true, translations: { where: { status: "APPROVED" }, select: { locale: true, title: true } } } });
  if (r.slugSettled) return;
  const title = (r.translations.find((t) => t.locale === "en") ?? r.translations.find((t) => t.locale === r.sourceLocale) ?? r.translations[0])?.title ?? r.slug;
  const base = slugFromTitle(title);
  let slug = base;
  for (let n = 2; slug !== r.slug && (await slugTaken(tx, slug)); n++) slug = `${base}-${n}`;
  await moveSlug(tx, r, slug);
}

async function slugTaken(tx: Tx, slug: string): Promise<boolean> {
  const [live, old] = await Promise.all([tx.pressRelease.count({ where: { slug } }), tx.pressSlug.count({ where: { slug } })]);
  return live + old > 0;
}

/** The release takes `slug`; its previous address is kept to redirect. */
async function moveSlug(tx: Tx, r: { id: string; slug: string }, slug: string) {
  if (slug !== r.slug) await tx.pressSlug.upsert({ where: { slug: r.slug }, create: { slug: r.slug, releaseId: r.id }, update: { releaseId: r.id } });
  await tx.pressSlug.deleteMany({ where: { slug } });
  await tx.pressRelease.update({ where: { id: r.id }, data: { slug, slugSettled: true } });
}

/** A person sets the address before the release first leaves; afterwards it is fixed. */
export const setReleaseSlug = defineUseCase({
  name: "press.setSlug",
  input: releaseSlug,
  load: (tx, input) => lockRelease(tx, input.releaseId),
  allows: (actor) => can(actor, "edit"),
  authorize: (actor, r) => can(actor, "edit", r),
  async run({ tx, input, record: r }) {
    if (r.publishedAt || r.distributedAt) return fail<PressReason>("PUBLISHED_LOCKED");
    if (input.slug === null) {
      await tx.pressRelease.update({ where: { id: r.id }, data: { slugSettled: false } });
      return ok({ id: r.id, editionId: r.editionId, slug: "" });
    }
    if (input.slug !== r.slug && (await slugTaken(tx, input.slug))) return fail<PressReason>("INVALID_INPUT", { slug: ["addressTaken"] });
    await moveSlug(tx, r, input.slug);
    return ok({ id: r.id, editionId: r.editionId, slug: input.slug });
  },
  audit: (_ctx, r) => ({ action: "press.setSlug", entityType: "PressRelease", entityId: r.id, editionId: r.editionId, data: { slug: r.slug } }),
});

/**
 * Emails releases to the active press list, each journalist in their language when an
 * approved translation exists. One read of the list and one insert, however many releases.
 */
async function distribute(tx: Tx, releaseIds: string[], { embargoed, now }: { embargoed: boolean; now: Date }) {
  if (releaseIds.length === 0) return;
  for (const id of releaseIds) await settleSlug(tx, id);
  const [releases, contacts] = await Promise.all([
    tx.pressRelease.findMany({ where: { id: { in: releaseIds } }, include: { translations: { where: { status: "APPROVED" } }, edition: { select: { timeZone: true } } } }),
    tx.pressContact.findMany({ where: { active: true } }),
  ]);
  const mails: MailInput[] = releases.flatMap((r) =>
    contacts.flatMap((c) => {
      const locale = (r.translations.some((t) => t.locale === c.locale) ? c.locale : r.sourceLocale) as Locale;
      const text = r.translations.find((t) => t.locale === locale) ?? r.translations[0];
      if (!text) return [];
      const t = translator(locale, "mail.pressRelease");
      const when = r.publishAt ? new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: r.edition.timeZone, timeZoneName: "short" }).format(r.publishAt) : "";
      return [{
        to: c.email,
        locale,
        kind: "press-release",
        ref: `press:${r.id}`,
        subject: embargoed ? t("subjectEmbargoed", { title: text.title, when }) : t("subject", { title: text.title }),
        text: [embargoed ? t("embargoNotice", { when }) : "", text.title, text.summary ?? "", markdownToText(text.body), t("link", { url: `${publicUrl()}/${locale}/news/${r.slug}` })]
          .filter(Boolean)
          .join("\n\n"),
      }];
    }),
  );
  await enqueueMails(tx, mails);
  await tx.pressRelease.updateMany({ where: { id: { in: releaseIds } }, data: { distributedAt: now } });
}

/**
 * Publishes every scheduled or embargoed release whose time has come — Plenary's own job.
 * The rows are claimed with FOR UPDATE SKIP LOCKED and moved by one conditional UPDATE:
 * however many workers run this at once, each release is published (and distributed)
 * exactly once.
 */
export const publishDueReleases = defineUseCase({
  name: "press.publishDue",
  input: z.object({}),
  load: async () => ({}),
  allows: (actor) => can(actor, "publishDue"),
  authorize: (actor) => can(actor, "publishDue"),
  async run({ tx, actor, now }) {
    const due = await tx.$queryRaw<{ id: string; from: PressStatus; editionId: string; distributedAt: Date | null }[]>`
      UPDATE "PressRelease" p SET status = 'PUBLISHED', "publishedAt" = p."publishAt", "updatedAt" = now()
      FROM (SELECT id, status FROM "PressRelease" WHERE status IN ('SCHEDULED', 'EMBARGOED') AND "publishAt" <= ${now} FOR UPDATE SKIP LOCKED) d
      WHERE p.id = d.id
      RETURNING p.id, d.status::text AS "from", p."editionId", p."distributedAt"`;
    if (due.length) {
      await tx.pressTransition.createMany({ data: due.map((r) => ({ releaseId: r.id, from: r.from, to: "PUBLISHED" as const, actorId: actor.id, cause: "publishedOnTime" })) });
      await distribute(tx, due.filter((r) => !r.distributedAt).map((r) => r.id), { embargoed: false, now });
      await invalidatePublicWithin(tx, NEWS_TAG); // every instance's news pages go with the commit
    }
    return ok(due.map((r) => ({ id: r.id, editionId: r.editionId, from: r.from, to: "PUBLISHED" as const })));
  },
  audit: (_ctx, due) => due.map(transitionAudit),
});
