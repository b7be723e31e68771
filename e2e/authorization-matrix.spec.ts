// The authorization matrix: every back-office page and every server action, for each role
// and for an anonymous visitor, checked against tables written here by hand from
// lib/access/policy.ts — never computed from it, which would test the policy against
// itself. Then records of another country or person (IDOR) and the route handlers.
// HTTP only (one API context per role): no browser, so the whole matrix takes seconds.
// Over 300 lines on purpose: the tables are the test; the plumbing is in support/matrix.ts.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { serverActions } from "./support/actions";
import { queryOne } from "./support/db";
import { ownDraftRelease, ownSeries, ownSession, undeliveredMail } from "./support/factories";
import {
  auditMark, auditWritten, callAction, contextsFor, freshContextFor, describeOutcome, EVERYONE, expectAllowed, readDemo, renderedHeading, ROLE_NAMES, textOf,
  type ActionRow, type Demo, type Outcome, type Own, type Who,
} from "./support/matrix";
import { ROLES, type RoleName } from "./support/roles";

// ── The expectations ──────────────────────────────────────────────────────────────────

/** Every back-office page, with its route under app/[locale] and a real address (demo ids); the permission it asks for in comments. */
const PAGES = {
  dashboard: { route: "admin", path: () => "/en/admin" }, // admin.view
  review: { route: "admin/review", path: () => "/en/admin/review" }, // press.review
  series: { route: "admin/series", path: () => "/en/admin/series" }, // series.manage, and the two below
  seriesNew: { route: "admin/series/new", path: () => "/en/admin/series/new" },
  seriesEdit: { route: "admin/series/[id]", path: (d: Demo) => `/en/admin/series/${d.seriesId}` },
  editions: { route: "admin/editions", path: () => "/en/admin/editions" }, // editions.manage, and the three below
  editionNew: { route: "admin/editions/new", path: (d: Demo) => `/en/admin/editions/new?series=${d.seriesId}` },
  edition: { route: "admin/editions/[id]", path: (d: Demo) => `/en/admin/editions/${d.edition1}` },
  planNext: { route: "admin/editions/[id]/plan-next", path: (d: Demo) => `/en/admin/editions/${d.edition1}/plan-next` },
  invitations: { route: "admin/editions/[id]/invitations", path: (d: Demo) => `/en/admin/editions/${d.edition2}/invitations` }, // invitations.manage, and the one below
  invitation: { route: "admin/editions/[id]/invitations/[invitationId]", path: (d: Demo) => `/en/admin/editions/${d.edition2}/invitations/${d.invitationEg}` },
  countries: { route: "admin/countries", path: () => "/en/admin/countries" }, // countries.view, and the one below
  country: { route: "admin/countries/[code]", path: () => "/en/admin/countries/PK" },
  registrations: { route: "admin/registrations", path: () => "/en/admin/registrations" }, // registrations.view, and the two below
  editionRegistrations: { route: "admin/editions/[id]/registrations", path: (d: Demo) => `/en/admin/editions/${d.edition2}/registrations` },
  participant: { route: "admin/registrations/[id]", path: (d: Demo) => `/en/admin/registrations/${d.registrationEg}` },
  addParticipant: { route: "admin/editions/[id]/registrations/new", path: (d: Demo) => `/en/admin/editions/${d.edition2}/registrations/new` },
  participants: { route: "admin/editions/[id]/participants", path: (d: Demo) => `/en/admin/editions/${d.edition2}/participants` },
  checkIn: { route: "admin/check-in", path: () => "/en/admin/check-in" }, // checkin.perform, and the one below
  checkInDesk: { route: "admin/editions/[id]/check-in", path: (d: Demo) => `/en/admin/editions/${d.edition2}/check-in` },
  newsroom: { route: "admin/newsroom", path: () => "/en/admin/newsroom" }, // press.view, and the three below
  release: { route: "admin/newsroom/[id]", path: (d: Demo) => `/en/admin/newsroom/${d.release}` },
  compare: { route: "admin/newsroom/[id]/compare", path: (d: Demo) => `/en/admin/newsroom/${d.release}/compare?a=${d.versionEn}&b=${d.versionAr}` },
  translate: { route: "admin/newsroom/[id]/translate/[lang]", path: (d: Demo) => `/en/admin/newsroom/${d.release}/translate/fr` },
  outbox: { route: "admin/outbox", path: () => "/en/admin/outbox" }, // outbox.view
  delegation: { route: "delegation", path: () => "/en/delegation" }, // delegation.manage
  me: { route: "me", path: () => "/en/me" }, // registration.self
};
type PageKey = keyof typeof PAGES;

const NEWSROOM: PageKey[] = ["newsroom", "release", "compare", "translate"];
const REGISTRATION_PAGES: PageKey[] = ["registrations", "editionRegistrations", "participant", "participants", "addParticipant"];
const CHECK_IN_PAGES: PageKey[] = ["checkIn", "checkInDesk"];

/** Who may open which page (GRANTS in lib/access/policy.ts, by hand); every other signed-in role gets 403. */
const MAY_OPEN: Record<RoleName, PageKey[]> = {
  organizer: ["dashboard", "series", "seriesNew", "seriesEdit", "editions", "editionNew", "edition", "planNext", "invitations", "invitation", "countries", "country", ...REGISTRATION_PAGES, ...CHECK_IN_PAGES, ...NEWSROOM, "outbox"],
  reviewer: ["dashboard", "review", "countries", "country", ...REGISTRATION_PAGES, ...NEWSROOM],
  press: [...NEWSROOM],
  focal: ["delegation", "me"],
  delegate: ["me"],
  checkin: [...CHECK_IN_PAGES],
};

const SERIES = "lib/series/actions.ts";
const EDITIONS = "lib/editions/actions.ts";
const PROGRAMME = "lib/programme/actions.ts";
const PRESS = "lib/press/actions.ts";
const MAIL = "lib/mail/actions.ts";
const INVITATIONS = "lib/invitations/actions.ts";
const REGISTRATIONS = "lib/registrations/actions.ts";
const registrationsPage = (d: Demo) => `/en/admin/editions/${d.edition2}/registrations`;
const invitationsPage = (d: Demo) => `/en/admin/editions/${d.edition2}/invitations`;
const invitationPage = (d: Demo) => `/en/admin/editions/${d.edition2}/invitations/${d.invitationEg}`;
/** invitations.manage or delegation.manage: the organizer, and a focal point for their own country. */
const ANSWERERS: RoleName[] = ["organizer", "focal"];
const nominee = { givenName: "Matrix", familyName: "Nominee", delegationRole: "MEMBER", email: "matrix.nominee@example.org", consent: "on" };

const seriesFields = (slug: string) => ({
  slug, name: { en: "Authorization matrix" }, description: {}, hostName: { en: "Matrix host" }, defaultTimeZone: "Asia/Shanghai", recurrence: "NONE", recurrenceInterval: "1",
});
const editionFields = (seriesId: string, number: number) => ({ seriesId, number: String(number), theme: { en: "Authorization matrix" }, venue: {}, timeZone: "Asia/Shanghai" });
/** Edition 2 as seeded (wall-clock times in Beijing), but for its number. */
const edition2With = (d: Demo, number: number) => ({
  id: d.edition2, ...editionFields(d.seriesId, number), startsAt: "2027-11-09T09:00", endsAt: "2027-11-10T17:30", capacity: "150",
  registrationOpensAt: "2026-09-01T08:00", registrationClosesAt: "2027-10-26T08:00",
});
const NEWSROOM_EDITORS: RoleName[] = ["organizer", "press"]; // press.draft
const NEWSROOM_REVIEWERS: RoleName[] = ["reviewer"]; // press.review
const NEWSROOM_PUBLISHERS: RoleName[] = ["organizer", "reviewer", "press"]; // press.publish
const releasePage = (d: Demo) => `/en/admin/newsroom/${d.release}`;
const invalidTransition: Outcome = { reason: "INVALID_TRANSITION" };

const ACTIONS: ActionRow[] = [
  {
    title: "createSeriesAction", action: { file: SERIES, name: "createSeriesAction" }, page: () => "/en/admin/series/new",
    input: (d) => seriesFields(d.seriesSlug), may: ["organizer"], audit: "series.create", allowed: { reason: "INVALID_INPUT", fieldError: ["slug", "slugTaken"] },
  },
  {
    title: "updateSeriesAction", action: { file: SERIES, name: "updateSeriesAction" }, page: (d) => `/en/admin/series/${d.seriesId}`,
    input: (d, own) => ({ id: d.seriesId, ...seriesFields(own.series.slug) }), may: ["organizer"], audit: "series.update", entity: (d) => d.seriesId,
    allowed: { reason: "INVALID_INPUT", fieldError: ["slug", "slugTaken"] },
  },
  {
    title: "createEditionAction", action: { file: EDITIONS, name: "createEditionAction" }, page: (d) => `/en/admin/editions/new?series=${d.seriesId}`,
    input: (d) => editionFields(d.seriesId, 1), may: ["organizer"], audit: "edition.create", allowed: { reason: "INVALID_INPUT", fieldError: ["number", "numberTaken"] },
  },
  {
    title: "updateEditionAction", action: { file: EDITIONS, name: "updateEditionAction" }, page: (d) => `/en/admin/editions/${d.edition2}`,
    input: (d) => edition2With(d, 1), may: ["organizer"], audit: "edition.update", entity: (d) => d.edition2, allowed: { reason: "INVALID_INPUT", fieldError: ["number", "numberTaken"] },
  },
  {
    title: "transitionEditionAction", action: { file: EDITIONS, name: "transitionEditionAction" }, page: (d) => `/en/admin/editions/${d.edition1}`,
    input: (d) => ({ id: d.edition1, to: "DRAFT" }), may: ["organizer"], audit: "edition.transition", entity: (d) => d.edition1, allowed: invalidTransition,
  },
  {
    title: "createPlannedEditionAction", action: { file: EDITIONS, name: "createPlannedEditionAction" }, page: (d) => `/en/admin/editions/${d.edition1}/plan-next`,
    input: (d) => ({ fromEditionId: d.edition1, ...editionFields(d.seriesId, 2) }), may: ["organizer"], audit: "edition.planNext",
    allowed: { reason: "INVALID_INPUT", fieldError: ["number", "numberTaken"] },
  },
  {
    // The held 2020 edition was public: it can be cancelled, not deleted.
    title: "deleteEditionAction", action: { file: EDITIONS, name: "deleteEditionAction" }, page: (d) => `/en/admin/editions/${d.edition1}`,
    input: (d) => ({ id: d.edition1 }), may: ["organizer"], audit: "edition.delete", allowed: { reason: "ONLY_DRAFTS_DELETED" },
  },
  {
    title: "saveSessionAction", action: { file: PROGRAMME, name: "saveSessionAction" }, page: (d) => `/en/admin/editions/${d.edition2}`,
    // The 2020 opening remarks named under edition 2: not found there, so nothing is saved.
    input: (d) => ({ id: d.session1, editionId: d.edition2, title: { en: "Authorization matrix" }, startsAt: "2027-11-10T18:00", endsAt: "2027-11-10T19:00" }),
    may: ["organizer"], audit: "session.update", entity: (d) => d.session1, allowed: { reason: "NOT_FOUND" },
  },
  {
    title: "deleteSessionAction", action: { file: PROGRAMME, name: "deleteSessionAction" }, page: (d) => `/en/admin/editions/${d.edition2}`,
    input: (_d, own) => ({ id: own.session }), may: ["organizer"], audit: "session.delete", entity: (_d, own) => own.session, allowed: { ok: true },
  },
  {
    title: "createReleaseAction", action: { file: PRESS, name: "createReleaseAction" }, page: () => "/en/admin/newsroom",
    input: (d) => ({ editionId: d.edition1, sourceLocale: "en" }), may: NEWSROOM_EDITORS, audit: "press.create", allowed: { redirectTo: /\/en\/admin\/newsroom\/\w+;push$/ },
  },
  {
    title: "saveReleaseTextAction", action: { file: PRESS, name: "saveReleaseTextAction" }, page: releasePage,
    input: (d) => ({ releaseId: d.release, locale: "en", title: "Authorization matrix", body: "Nothing to see." }), may: NEWSROOM_EDITORS,
    audit: "press.save", entity: (d) => d.release, allowed: { reason: "PUBLISHED_LOCKED" },
  },
  {
    title: "restoreVersionAction", action: { file: PRESS, name: "restoreVersionAction" }, page: releasePage,
    input: (d) => ({ versionId: d.versionEn }), may: NEWSROOM_EDITORS, audit: "press.save", entity: (d) => d.release, allowed: { reason: "PUBLISHED_LOCKED" },
  },
  {
    // The demo release is published: its address is fixed.
    title: "setReleaseSlugAction", action: { file: PRESS, name: "setReleaseSlugAction" }, page: releasePage,
    input: (d) => ({ releaseId: d.release, slug: "authorization-matrix" }), may: NEWSROOM_EDITORS, audit: "press.setSlug", entity: (d) => d.release, allowed: { reason: "PUBLISHED_LOCKED" },
  },
  // Corrections of the published demo release, in French: it has no live French text.
  {
    title: "saveCorrectionAction", action: { file: PRESS, name: "saveCorrectionAction" }, page: releasePage,
    input: (d) => ({ releaseId: d.release, locale: "fr", title: "Matrix", body: "Matrix" }), may: NEWSROOM_EDITORS, audit: "press.correction.save", entity: (d) => d.release, allowed: invalidTransition,
  },
  {
    title: "approveCorrectionAction", action: { file: PRESS, name: "approveCorrectionAction" }, page: releasePage,
    input: (d) => ({ releaseId: d.release, locale: "fr", note: "Matrix" }), may: NEWSROOM_REVIEWERS, audit: "press.correction.approve", entity: (d) => d.release, allowed: { reason: "NOT_FOUND" },
  },
  {
    title: "discardCorrectionAction", action: { file: PRESS, name: "discardCorrectionAction" }, page: releasePage,
    input: (d) => ({ releaseId: d.release, locale: "fr" }), may: NEWSROOM_EDITORS, audit: "press.correction.discard", entity: (d) => d.release, allowed: { reason: "NOT_FOUND" },
  },
  {
    title: "approveTranslationAction", action: { file: PRESS, name: "approveTranslationAction" }, page: releasePage,
    input: (d) => ({ releaseId: d.release, locale: "ar", version: 1 }), may: NEWSROOM_REVIEWERS, audit: "press.translation.approve", entity: (d) => d.release, allowed: invalidTransition,
  },
  ...(
    [
      ["submit", NEWSROOM_EDITORS],
      ["approve", NEWSROOM_REVIEWERS],
      ["requestChanges", NEWSROOM_REVIEWERS],
      ["publish", NEWSROOM_PUBLISHERS],
    ] as const
  ).map(([step, may]): ActionRow => ({
    title: `stepReleaseAction ${step}`, action: { file: PRESS, name: "stepReleaseAction" }, page: releasePage,
    // Approval names the version read (the demo release's only one); sending back says why.
    input: (d) => ({ releaseId: d.release, step, ...(step === "approve" ? { version: 1 } : {}), ...(step === "requestChanges" ? { note: "Authorization matrix" } : {}) }), may: [...may], audit: "press.transition", entity: (d) => d.release, allowed: invalidTransition,
  })),
  {
    // Withdrawing the published demo release would take it down: a draft of our own cannot be withdrawn.
    title: "stepReleaseAction withdraw", action: { file: PRESS, name: "stepReleaseAction" }, page: releasePage,
    input: (_d, own) => ({ releaseId: own.draft, step: "withdraw", note: "Authorization matrix" }), may: ["organizer", "reviewer"], audit: "press.transition", entity: (_d, own) => own.draft,
    allowed: invalidTransition,
  },
  {
    // Only a withdrawn release goes back to draft: our own draft cannot.
    title: "stepReleaseAction redraft", action: { file: PRESS, name: "stepReleaseAction" }, page: releasePage,
    input: (_d, own) => ({ releaseId: own.draft, step: "redraft" }), may: ["organizer", "reviewer"], audit: "press.transition", entity: (_d, own) => own.draft,
    allowed: invalidTransition,
  },
  ...(["schedule", "embargo"] as const).map((mode): ActionRow => ({
    title: `timeReleaseAction ${mode}`, action: { file: PRESS, name: "timeReleaseAction" }, page: releasePage,
    input: (d) => ({ releaseId: d.release, mode, publishAt: "2030-01-01T10:00" }), may: NEWSROOM_PUBLISHERS, audit: "press.transition", entity: (d) => d.release,
    allowed: invalidTransition,
  })),
  {
    // China is already invited to edition 2: nothing is added.
    title: "addInvitationsAction", action: { file: INVITATIONS, name: "addInvitationsAction" }, page: invitationsPage,
    input: (d) => ({ editionId: d.edition2, mode: "country", countryCode: "CN", quota: "3", letterLocale: "en" }), may: ["organizer"], audit: "invitation.add", allowed: { reason: "NOTHING_TO_ADD" },
  },
  {
    // Egypt's invitation as seeded (quota 4, no focal point): saved unchanged.
    title: "updateInvitationAction", action: { file: INVITATIONS, name: "updateInvitationAction" }, page: invitationPage,
    input: (d) => ({ id: d.invitationEg, quota: "4", letterLocale: "en" }), may: ["organizer"], audit: "invitation.update", entity: (d) => d.invitationEg, allowed: { ok: true },
  },
  {
    title: "bulkInvitationsAction", action: { file: INVITATIONS, name: "bulkInvitationsAction" }, page: invitationsPage,
    input: (d) => ({ editionId: d.edition2, op: "setQuota", quota: "4", ids: [d.invitationEg] }), may: ["organizer"], audit: "invitation.bulk", entity: (d) => d.edition2, allowed: { ok: true },
  },
  {
    title: "regenerateLinkAction", action: { file: INVITATIONS, name: "regenerateLinkAction" }, page: invitationPage,
    input: (d) => ({ id: d.invitationPk1 }), may: ["organizer"], audit: "invitation.regenerateLink", entity: (d) => d.invitationPk1, allowed: { reason: "EDITION_CLOSED" },
  },
  {
    title: "deleteInvitationAction", action: { file: INVITATIONS, name: "deleteInvitationAction" }, page: invitationPage,
    input: (d) => ({ id: d.invitationEg }), may: ["organizer"], audit: "invitation.delete", entity: (d) => d.edition2, allowed: { reason: "ALREADY_SENT" },
  },
  {
    // A code not invited to edition 2: nothing is saved.
    title: "importFocalPointsAction", action: { file: INVITATIONS, name: "importFocalPointsAction" }, page: invitationsPage,
    input: (d) => ({ editionId: d.edition2, lines: "XK; focal@example.org" }), may: ["organizer"], audit: "invitation.importFocalPoints", allowed: { reason: "UNKNOWN_INVITEES" },
  },
  {
    // Edition 1 as seeded: no reminders, its countries public.
    title: "invitationSettingsAction", action: { file: INVITATIONS, name: "invitationSettingsAction" }, page: invitationsPage,
    input: (d) => ({ editionId: d.edition1, reminderAfterDays: "", countriesPublished: "on" }), may: ["organizer"], audit: "invitation.settings", entity: (d) => d.edition1, allowed: { ok: true },
  },
  {
    title: "createOrganizationAction", action: { file: INVITATIONS, name: "createOrganizationAction" }, page: () => "/en/admin/countries",
    input: () => ({ acronym: "AU", names: { en: "African Union" } }), may: ["organizer"], audit: "organization.create", allowed: { reason: "INVALID_INPUT", fieldError: ["acronym", "acronymTaken"] },
  },
  // The focal point's answers through their account, on Pakistan's invitation to the held 2020 edition: closed.
  {
    title: "respondAction", action: { file: INVITATIONS, name: "respondAction" }, page: () => "/en/delegation",
    input: (d) => ({ id: d.invitationPk1, answer: "ACCEPTED" }), may: ANSWERERS, audit: "invitation.respond", entity: (d) => d.invitationPk1, allowed: { reason: "ANSWER_CLOSED" },
  },
  {
    title: "focalPointAction", action: { file: INVITATIONS, name: "focalPointAction" }, page: () => "/en/delegation",
    input: (d) => ({ id: d.invitationPk1, focalPointName: "Matrix", focalPointEmail: "matrix@example.org", focalPointInstitution: "Matrix", letterLocale: "en" }),
    may: ANSWERERS, audit: "invitation.focalPoint", entity: (d) => d.invitationPk1, allowed: { reason: "ANSWER_CLOSED" },
  },
  {
    title: "nominateAction", action: { file: INVITATIONS, name: "nominateAction" }, page: () => "/en/delegation",
    input: (d) => ({ invitationId: d.invitationPk1, ...nominee }), may: ANSWERERS, audit: "invitation.nominate", allowed: { reason: "ANSWER_CLOSED" },
  },
  {
    title: "withdrawNomineeAction", action: { file: INVITATIONS, name: "withdrawNomineeAction" }, page: () => "/en/delegation",
    input: (d) => ({ invitationId: d.invitationPk1, registrationId: "cnosuchregistration" }), may: ANSWERERS, audit: "invitation.withdrawNominee", allowed: { reason: "NOT_FOUND" },
  },
  // The secretariat's registration actions, refused by validation or by the record's state once allowed: nothing changes.
  {
    title: "decideRegistrationsAction (reject without a reason)", action: { file: REGISTRATIONS, name: "decideRegistrationsAction" }, page: registrationsPage,
    input: (d) => ({ editionId: d.edition2, ids: [d.registrationEg], decision: "reject" }), may: ["organizer", "reviewer"], audit: "registration.decide",
    allowed: { reason: "INVALID_INPUT", fieldError: ["reason", "required"] },
  },
  {
    title: "registrationSettingsAction", action: { file: REGISTRATIONS, name: "registrationSettingsAction" }, page: registrationsPage,
    input: (d) => ({ editionId: d.edition2, capacity: "0", countryQuota: "3", publicRegistration: "on", focalPointReview: "on" }), may: ["organizer"], audit: "registration.settings",
    allowed: { reason: "INVALID_INPUT", fieldError: ["capacity", "outOfRange"] },
  },
  {
    title: "anonymizeEditionAction", action: { file: REGISTRATIONS, name: "anonymizeEditionAction" }, page: registrationsPage,
    input: (d) => ({ editionId: d.edition2 }), may: ["organizer"], audit: "registration.anonymizeEdition", allowed: { reason: "EDITION_NOT_ARCHIVED" },
  },
  {
    title: "confirmNomineesAction", action: { file: REGISTRATIONS, name: "confirmNomineesAction" }, page: () => "/en/delegation",
    input: (d) => ({ invitationId: d.invitationPk1, ids: ["cnosuchregistration"] }), may: ["organizer", "reviewer", "focal"], audit: "registration.confirm", allowed: { reason: "NOT_FOUND" },
  },
  {
    title: "recordArrivalsAction (an edition that does not exist)", action: { file: "lib/checkin/actions.ts", name: "recordArrivalsAction" }, page: (d) => `/en/admin/editions/${d.edition2}/check-in`,
    input: () => ({ editionId: "cnosuchedition", desk: "Matrix", items: JSON.stringify([{ clientRef: "matrix-0000-0001", token: "x", method: "QR", scannedAt: new Date().toISOString() }]) }),
    may: ["organizer", "checkin"], audit: "checkin.record", allowed: { reason: "NOT_FOUND" },
  },
  {
    title: "issueVisaLetterAction (the demo delegate asked for none)", action: { file: REGISTRATIONS, name: "issueVisaLetterAction" }, page: (d) => `/en/admin/registrations/${d.registrationEg}`,
    input: (d) => ({ registrationId: d.registrationEg }), may: ["organizer", "reviewer"], audit: "registration.visaLetter", allowed: { reason: "NO_VISA_REQUEST" },
  },
  {
    title: "badgeCategoryAction (a category that does not exist)", action: { file: REGISTRATIONS, name: "badgeCategoryAction" }, page: (d) => `/en/admin/registrations/${d.registrationEg}`,
    input: (d) => ({ registrationId: d.registrationEg, category: "VIP" }), may: ["organizer", "reviewer"], audit: "registration.category", allowed: { reason: "INVALID_INPUT", fieldError: ["category", "invalid"] },
  },
  {
    title: "retryOutboxMessage", action: { file: MAIL, name: "retryOutboxMessage" }, page: () => "/en/admin/outbox",
    input: (_d, own) => ({ id: own.mail }), may: ["organizer"], audit: "outbox.retry", entity: (_d, own) => own.mail, allowed: { ok: true },
  },
];

/** Actions for everyone, signed in or not: checked apart (sign-out below; sign-in in sign-in.spec.ts). */
const PUBLIC_ACTIONS = [
  "lib/accounts/actions.ts#signOutAction", "lib/accounts/actions.ts#signInWithPassword", "lib/accounts/actions.ts#signInWithEmail",
  // The secret link's answers: the principal is the link in the post, whoever is signed in (e2e/invitations.spec.ts).
  ...["respondByLinkAction", "focalPointByLinkAction", "nominateByLinkAction", "withdrawNomineeByLinkAction"].map((n) => `${INVITATIONS}#${n}`),
  // Registering (a visitor; e2e/registration.spec.ts), the focal point's link, and the delegate's personal link: the principal is the token in the post.
  ...["registerAction", "confirmNomineesByLinkAction", "updateOwnRegistrationAction", "cancelOwnRegistrationAction", "eraseOwnRegistrationAction"].map((n) => `${REGISTRATIONS}#${n}`),
];

// ── The runs ──────────────────────────────────────────────────────────────────────────

let demo: Demo;
let as: Record<Who, APIRequestContext>;

test.beforeAll(async ({}, info) => {
  demo = await readDemo();
  as = await contextsFor(info.project.use.baseURL!);
});
test.afterAll(async () => {
  await Promise.all(Object.values(as ?? {}).map((c) => c.dispose()));
});

test.describe("the tables cover the app", () => {
  test("every back-office page is in PAGES", () => {
    const root = path.resolve(__dirname, "../app/[locale]");
    const routes = ["admin", "delegation", "me"].flatMap((dir) =>
      (readdirSync(path.join(root, dir), { recursive: true }) as string[]).filter((f) => path.basename(f) === "page.tsx").map((f) => path.posix.join(dir, path.dirname(f)).replace(/\/\.$/, "")),
    );
    expect(routes.sort()).toEqual(Object.values(PAGES).map((p) => p.route).sort());
  });

  test("every server action in lib/*/actions.ts is in ACTIONS or PUBLIC_ACTIONS", () => {
    const built = Object.values(serverActions()).filter((a) => /^lib\/[^/]+\/actions\.ts$/.test(a.filename ?? "")).map((a) => `${a.filename}#${a.exportedName}`);
    const listed = [...new Set([...ACTIONS.map((r) => `${r.action.file}#${r.action.name}`), ...PUBLIC_ACTIONS])];
    expect(built.sort()).toEqual(listed.sort());
  });
});

test.describe("pages", () => {
  for (const [key, page] of Object.entries(PAGES) as [PageKey, (typeof PAGES)[PageKey]][]) {
    test(`anonymous → ${key}: sent to sign in`, async () => {
      const target = page.path(demo);
      const res = await as.anonymous.get(target, { maxRedirects: 0 });
      expect(res.status()).toBe(307);
      const location = new URL(res.headers().location ?? "", "http://x");
      expect(location.pathname).toBe("/en/sign-in");
      // Back to the page, or to the area it is in (the admin layout asks first; see the report).
      const back = location.searchParams.get("callbackUrl") ?? "";
      expect(back).toMatch(/^\/en\//);
      expect(target.startsWith(back)).toBe(true);
      expect((await as.anonymous.get(location.pathname + location.search)).status()).toBe(200);
    });

    for (const role of ROLE_NAMES) {
      const allowed = MAY_OPEN[role].includes(key);
      test(`${role} → ${key}: ${allowed ? 200 : 403}`, async () => {
        const res = await as[role].get(page.path(demo), { maxRedirects: 0 });
        expect(res.status()).toBe(allowed ? 200 : 403);
        const body = await res.text();
        if (allowed) {
          expect(renderedHeading(body)).toBeTruthy(); // the page itself, rendered on the server
        } else {
          expect(body.includes("You do not have access to this page"), "the 403 page, in the payload the browser renders").toBe(true);
          expect(renderedHeading(body), "a heading of the page itself").toBeNull();
          // Nor the organizer area's navigation, to a role that has no page there.
          const hasAdminPages = MAY_OPEN[role].some((k) => PAGES[k].route.startsWith("admin"));
          if (!hasAdminPages) expect(body.includes("Organizer area"), "the organizer area's navigation").toBe(false);
        }
      });
    }
  }

  test("anonymous → an Arabic page: sent to sign in in Arabic", async () => {
    const res = await as.anonymous.get("/ar/admin/outbox", { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers().location).toMatch(/^\/ar\/sign-in\?callbackUrl=%2Far%2F/);
  });
});

test.describe("server actions", () => {
  let own: Own;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(60_000);
    const [series, session, draft, mail] = await Promise.all([
      ownSeries(as.organizer),
      ownSession(as.organizer, demo.edition2),
      ownDraftRelease(as.press, demo.edition1),
      undeliveredMail(browser),
    ]);
    own = { series, session, draft, mail: mail.id };
  });

  for (const row of ACTIONS) {
    for (const who of EVERYONE) {
      const may = who !== "anonymous" && row.may.includes(who);
      const expected = may ? describeOutcome(row.allowed) : who === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
      test(`${row.title} as ${who} → ${expected}`, async () => {
        const mark = await auditMark();
        const answer = await callAction(as[who], row.page(demo), row.action, { locale: "en", ...row.input(demo, own) });
        let succeeds = false;
        if (may) succeeds = expectAllowed(answer, row.allowed);
        else if (who === "anonymous") expect(answer.result).toEqual({ ok: false, reason: "UNAUTHENTICATED" });
        else expect(answer.result).toMatchObject({ ok: false, reason: "FORBIDDEN" });
        const actorId = who === "anonymous" ? null : demo.userIds[who];
        expect(await auditWritten(mark, { action: row.audit, actorId, entityId: row.entity?.(demo, own) }), "audit entries written").toBe(succeeds ? 1 : 0);
      });
    }
  }

  test("the matrix left the demo records it named as they were", async () => {
    const now = await queryOne<Record<string, unknown>>(
      `SELECT (SELECT status::text FROM "Edition" WHERE id = $1) AS edition1, (SELECT number FROM "Edition" WHERE id = $2) AS edition2,
              (SELECT status::text FROM "PressRelease" WHERE id = $3) AS release, (SELECT count(*)::int FROM "ProgrammeSession" WHERE id = $4) AS session1,
              (SELECT slug FROM "Series" WHERE id = $5) AS series`,
      [demo.edition1, demo.edition2, demo.release, demo.session1, demo.seriesId],
    );
    expect(now).toEqual({ edition1: "HELD", edition2: 2, release: "PUBLISHED", session1: 1, series: demo.seriesSlug });
  });

  for (const who of EVERYONE) {
    test(`signOutAction as ${who} → allowed: signed out, sent home`, async ({}, info) => {
      // A session of its own: signing out ends every copy of a session's cookie.
      const ctx = await freshContextFor(who, info.project.use.baseURL!);
      try {
        const answer = await callAction(ctx, "/en/me", { file: "lib/accounts/actions.ts", name: "signOutAction" });
        expect(answer.result).toBeNull();
        expect(answer.redirect).toMatch(/^http:\/\/localhost:\d+\/;push$/);
        expect(await (await ctx.get("/api/auth/session")).json()).toBeNull();
      } finally {
        await ctx.dispose();
      }
    });
  }
});

test.describe("records of another country or person", () => {
  test("the focal point of Pakistan sees Pakistan's invitations only, and no other country's delegates", async () => {
    const html = await (await as.focal.get("/en/delegation")).text();
    const text = textOf(html);
    expect(text).toContain("Invitations to Pakistan");
    // Pakistan is invited to both demo editions, out of 25 invitations in all.
    expect(text.match(/places used/g)).toHaveLength(2);
    expect(text).not.toContain("of 10 places used"); // China's quota for edition 2
    const others = await queryOne<{ names: { code: string; nameEn: string }[] }>(
      `SELECT json_agg(DISTINCT jsonb_build_object('code', c.code, 'nameEn', c."nameEn")) AS names
         FROM "Invitation" i JOIN "Country" c ON c.code = i."countryCode"
        WHERE i."editionId" IN ($1, $2) AND c.code NOT IN ('PK', 'CN')`, // China hosts: its name is in the host's
      [demo.edition1, demo.edition2],
    );
    expect(others.names.length).toBeGreaterThan(10);
    const english = new Intl.DisplayNames(["en"], { type: "region" });
    for (const c of others.names) for (const name of new Set([c.nameEn, english.of(c.code)!])) expect(html.includes(name), name).toBe(false);
    expect(html.includes("Omar Farouk"), "Egypt's head of delegation").toBe(false);
  });

  test("the secretariat sees the Egyptian delegate that the others must not, on the list and on their page", async () => {
    for (const who of ["organizer", "reviewer"] as const) {
      expect(textOf(await (await as[who].get(`/en/admin/editions/${demo.edition2}/registrations`)).text())).toContain("Omar Farouk");
      expect(textOf(await (await as[who].get(`/en/admin/registrations/${demo.registrationEg}`)).text())).toContain("delegate@plenary.test");
    }
    for (const who of ["anonymous", "delegate", "focal", "press"] as const) {
      const html = await (await as[who].get(`/en/admin/registrations/${demo.registrationEg}`)).text();
      expect(html.includes("Omar Farouk") || html.includes("delegate@plenary.test"), `${who} sees the delegate`).toBe(false);
    }
  });

  test("the delegate sees their own registration only, and the focal point none of theirs", async () => {
    const mineHtml = await (await as.delegate.get("/en/me")).text();
    expect(mineHtml).toMatch(/href="\/en\/registration\/[A-Za-z0-9_-]{43}"/); // their personal page, from their account
    const mine = textOf(mineHtml);
    expect(mine).toContain("Welcome, Omar Farouk.");
    expect(mine.match(/Head of delegation/g)).toHaveLength(1);
    const focals = await (await as.focal.get("/en/me")).text();
    expect(textOf(focals)).toContain("You have not registered for any edition yet.");
    expect(focals.includes("Omar Farouk"), "the Egyptian delegate's name").toBe(false);
    expect(focals.includes(ROLES.delegate.email), "the Egyptian delegate's email").toBe(false);
  });
});

test.describe("route handlers", () => {
  const PUBLIC_ROUTES: [path: string, contentType: RegExp][] = [
    ["/api/health", /application\/json/],
    ["/en/news/feed.xml", /application\/atom\+xml/],
    ["/en/series/joint-response-to-terrorism/calendar.ics", /text\/calendar/],
    ["/en/series/joint-response-to-terrorism/1/calendar.ics", /text\/calendar/],
  ];
  for (const [route, type] of PUBLIC_ROUTES) {
    test(`${route} answers everyone, signed in or not`, async () => {
      for (const who of EVERYONE) {
        const res = await as[who].get(route, { maxRedirects: 0 });
        expect.soft(res.status(), who).toBe(200);
        expect.soft(res.headers()["content-type"], who).toMatch(type);
      }
    });
  }

  test("/api/auth/session tells each person about themselves and nobody else", async () => {
    expect(await (await as.anonymous.get("/api/auth/session")).json()).toBeNull();
    for (const role of ROLE_NAMES) {
      const body = await (await as[role].get("/api/auth/session")).text();
      const session = JSON.parse(body) as { user: Record<string, unknown> };
      expect(session.user.email, role).toBe(ROLES[role].email);
      for (const key of Object.keys(session.user)) expect(["email", "id", "image", "name"], `${role}: user.${key}`).toContain(key);
      for (const other of ROLE_NAMES.filter((r) => r !== role)) expect(body, role).not.toContain(ROLES[other].email);
    }
  });
});
