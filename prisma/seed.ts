// The demo: the series that the 2020 opening remarks asked to hold "on a regular basis".
// Idempotent: running it again changes nothing that a user created or edited.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { createDb } from "../lib/db";
import { Prisma, type PrismaClient, type Role } from "../lib/generated/prisma/client";
import { COUNTRIES } from "./data/countries";
import { DEMO_ORGANIZATIONS, DESCRIPTION, HOST, INVITED_2020, INVITED_NEXT, SERIES_NAME, THEME_2020, THEME_NEXT, VENUE } from "./data/demo";
import { hashToken, tokenColumns } from "../lib/secret-token";

export const DEMO_PASSWORD = "plenary-demo";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; countryCode?: string }[] = [
  { email: "organizer@plenary.test", name: "Wang Lin (Secretariat)", role: "ORGANIZER" },
  { email: "reviewer@plenary.test", name: "Chen Yu (Senior Organizer)", role: "REVIEWER" },
  { email: "press@plenary.test", name: "Li Na (Press Office)", role: "PRESS_OFFICER" },
  { email: "focal.pk@plenary.test", name: "Ayesha Khan (Focal Point, Pakistan)", role: "FOCAL_POINT", countryCode: "PK" },
  { email: "delegate@plenary.test", name: "Omar Farouk", role: "DELEGATE", countryCode: "EG" },
  { email: "checkin@plenary.test", name: "Zhao Min (Check-in desk)", role: "CHECKIN" },
];

export const DEMO_SERIES_SLUG = "joint-response-to-terrorism";

const token = () => randomBytes(32).toString("base64url");
/** A fresh secret link's columns; without AUTH_SECRET (a bare `db:seed`) the link is not sealed and prints once regenerated. */
const invitationToken = () => (process.env.AUTH_SECRET ? tokenColumns() : { tokenHash: hashToken(token()), tokenSealed: null });

const RELEASE_2020: Record<"en" | "ar" | "zh", { title: string; summary: string; body: string }> = {
  en: {
    title: "CIIS holds the International Seminar on Joint Response to Terrorism under the New Circumstances",
    summary: "Delegations from 10 countries call for the seminar to be held on a regular basis.",
    body: [
      "**Beijing, 24 November 2020** — The China Institute of International Studies (CIIS) hosted the International Seminar on Joint Response to Terrorism under the New Circumstances.",
      "In his opening remarks, H.E. Luo Zhaohui, Vice Foreign Minister of China, called for upholding multilateralism, adopting a comprehensive approach, following a unified standard, and embracing openness and inclusiveness.",
      "## Next steps",
      "- The seminar will be held on a regular basis.\n- More countries will be invited to the next edition.\n- A press release will be issued after each edition.",
    ].join("\n\n"),
  },
  ar: {
    title: "المعهد الصيني للدراسات الدولية يعقد الندوة الدولية حول الاستجابة المشتركة للإرهاب في ظل الظروف الجديدة",
    summary: "وفود من 10 دول تدعو إلى عقد الندوة بصورة منتظمة.",
    body: [
      "**بكين، 24 نوفمبر 2020** — استضاف المعهد الصيني للدراسات الدولية الندوة الدولية حول الاستجابة المشتركة للإرهاب في ظل الظروف الجديدة.",
      "ودعا معالي السيد لوه تشاو هوي، نائب وزير الخارجية الصيني، في كلمته الافتتاحية إلى التمسك بالتعددية واتباع نهج شامل ومعيار موحد والانفتاح والشمول.",
      "## الخطوات التالية",
      "- تُعقد الندوة بصورة منتظمة.\n- تُدعى دول أكثر إلى الدورة القادمة.\n- يصدر بيان صحفي بعد كل دورة.",
    ].join("\n\n"),
  },
  zh: {
    title: "中国国际问题研究院举办新形势下共同应对恐怖主义国际研讨会",
    summary: "来自10个国家的代表团呼吁定期举办研讨会。",
    body: [
      "**北京，2020年11月24日** — 中国国际问题研究院举办新形势下共同应对恐怖主义国际研讨会。",
      "外交部副部长罗照辉在开幕致辞中呼吁坚持多边主义、坚持综合施策、坚持统一标准、坚持开放包容。",
      "## 下一步",
      "- 研讨会将定期举办。\n- 下届研讨会将邀请更多国家参加。\n- 每届研讨会后发布新闻稿。",
    ].join("\n\n"),
  },
};

/** A published release for the 2020 edition in English, Arabic and Chinese, and a press list. */
async function seedNewsroom(tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0], editionId: string) {
  await tx.pressContact.createMany({
    data: [
      { email: "desk@newswire.test", name: "News desk", outlet: "Newswire", locale: "en" },
      { email: "editor@arabic-daily.test", name: "Editor", outlet: "Arabic Daily", locale: "ar" },
    ],
    skipDuplicates: true,
  });
  const slug = "seminar-2020-joint-response-to-terrorism";
  if (await tx.pressRelease.findUnique({ where: { slug } })) return;
  const press = await tx.user.findUniqueOrThrow({ where: { email: "press@plenary.test" } });
  const reviewer = await tx.user.findUniqueOrThrow({ where: { email: "reviewer@plenary.test" } });
  const at = new Date("2020-11-24T10:00:00Z");
  const r = await tx.pressRelease.create({
    data: { editionId, slug, sourceLocale: "en", status: "PUBLISHED", createdById: press.id, approvedById: reviewer.id, approvedAt: at, publishedAt: at, distributedAt: at },
  });
  for (const [locale, text] of Object.entries(RELEASE_2020)) {
    await tx.pressReleaseVersion.create({ data: { releaseId: r.id, locale, number: 1, ...text, authorId: press.id, createdAt: at } });
    await tx.pressTranslation.create({ data: { releaseId: r.id, locale, status: "APPROVED", ...text, sourceVersion: 1, approvedById: reviewer.id, approvedAt: at } });
  }
  await tx.pressTransition.createMany({
    data: [
      { releaseId: r.id, from: "DRAFT", to: "IN_REVIEW", actorId: press.id, at },
      { releaseId: r.id, from: "IN_REVIEW", to: "APPROVED", actorId: reviewer.id, at },
      { releaseId: r.id, from: "APPROVED", to: "PUBLISHED", actorId: press.id, at },
    ],
  });
}

/** Reference data every installation needs: the UN member and observer states. */
export async function seedReference(db: PrismaClient): Promise<void> {
  await db.country.createMany({
    data: COUNTRIES.map((c) => ({
      code: c.alpha2, alpha3: c.alpha3, numeric: c.numeric, unStatus: c.unStatus, nameEn: c.nameEn, unMemberSince: c.unMemberSince, regionalGroup: c.group,
    })),
    skipDuplicates: true,
  });
  // Names and regional groups follow the data file on every seed (a database seeded before keeps up).
  const rows = COUNTRIES.map((c) => Prisma.sql`(${c.alpha2}, ${c.nameEn}, ${c.group}::"RegionalGroup")`);
  await db.$executeRaw`UPDATE "Country" AS c SET "nameEn" = v.name, "regionalGroup" = v.grp
    FROM (VALUES ${Prisma.join(rows)}) AS v(code, name, grp)
    WHERE c.code = v.code AND (c."nameEn" IS DISTINCT FROM v.name OR c."regionalGroup" IS DISTINCT FROM v.grp)`;
}

/**
 * The demo: five accounts with a public password and the seminar series of the speech.
 * Only in demo mode (the embedded database, or PLENARY_DEMO=on) — never on a real database
 * unless asked for.
 */
export async function seedDemo(db: PrismaClient): Promise<{ email: string; role: Role; password: string }[]> {
  await db.$transaction(
    async (tx) => {
      const hash = await bcrypt.hash(DEMO_PASSWORD, 10);
      for (const a of DEMO_ACCOUNTS) {
        await tx.user.upsert({
          where: { email: a.email },
          create: { email: a.email, name: a.name, role: a.role, countryCode: a.countryCode, passwordHash: hash, emailVerified: new Date() },
          update: {},
        });
      }

      const series = await tx.series.upsert({
        where: { slug: DEMO_SERIES_SLUG },
        create: {
          slug: DEMO_SERIES_SLUG, name: SERIES_NAME, description: DESCRIPTION, hostName: HOST, hostUrl: "https://www.ciis.org.cn",
          defaultTimeZone: "Asia/Shanghai", recurrence: "YEARLY", recurrenceInterval: 1, byMonth: 11, byWeekday: 2, bySetPos: 2,
          announcedAt: new Date("2020-09-01T00:00:00Z"),
        },
        update: {},
      });

      const first = await tx.edition.upsert({
        where: { seriesId_number: { seriesId: series.id, number: 1 } },
        create: {
          seriesId: series.id, number: 1, theme: THEME_2020, timeZone: "Asia/Shanghai", venue: VENUE, city: "Beijing",
          startsAt: new Date("2020-11-24T01:30:00Z"), endsAt: new Date("2020-11-24T09:30:00Z"), capacity: 80,
          registrationOpensAt: new Date("2020-10-01T00:00:00Z"), registrationClosesAt: new Date("2020-11-17T00:00:00Z"),
          status: "HELD", countriesPublished: true,
        },
        update: {},
      });
      const next = await tx.edition.upsert({
        where: { seriesId_number: { seriesId: series.id, number: 2 } },
        create: {
          seriesId: series.id, number: 2, theme: THEME_NEXT, timeZone: "Asia/Shanghai", venue: VENUE, city: "Beijing",
          startsAt: new Date("2027-11-09T01:00:00Z"), endsAt: new Date("2027-11-10T09:30:00Z"), capacity: 150,
          registrationOpensAt: new Date("2026-09-01T00:00:00Z"), registrationClosesAt: new Date("2027-10-26T00:00:00Z"),
          status: "REGISTRATION_OPEN", publicRegistration: true, countryQuota: 3, focalPointReview: true,
        },
        update: {},
      });

      if ((await tx.programmeSession.count({ where: { editionId: first.id } })) === 0) {
        const luo = await tx.speaker.create({
          data: { name: "Luo Zhaohui", honorific: "H.E.", position: "Vice Foreign Minister of China", affiliation: "Ministry of Foreign Affairs of the People's Republic of China", countryCode: "CN" },
        });
        const opening = await tx.programmeSession.create({
          data: {
            editionId: first.id,
            title: {
              en: "Opening remarks: Non-Traditional Security Threats and International Counter-Terrorism Cooperation",
              zh: "开幕致辞：非传统安全威胁与国际反恐合作",
              ar: "الكلمة الافتتاحية: التهديدات الأمنية غير التقليدية والتعاون الدولي في مكافحة الإرهاب",
              fr: "Allocution d'ouverture : menaces non traditionnelles à la sécurité et coopération internationale contre le terrorisme",
              ru: "Вступительное слово: нетрадиционные угрозы безопасности и международное сотрудничество в борьбе с терроризмом",
              es: "Palabras de apertura: amenazas no tradicionales a la seguridad y cooperación internacional contra el terrorismo",
            },
            startsAt: new Date("2020-11-24T06:00:00Z"), endsAt: new Date("2020-11-24T06:30:00Z"), room: "Main Hall", language: "zh",
          },
        });
        await tx.sessionSpeaker.create({ data: { sessionId: opening.id, speakerId: luo.id, role: "KEYNOTE" } });
        await tx.programmeSession.create({
          data: {
            editionId: first.id,
            title: { en: "Panel: Joint response to terrorism under the new circumstances", zh: "专题讨论：新形势下共同应对恐怖主义" },
            startsAt: new Date("2020-11-24T06:45:00Z"), endsAt: new Date("2020-11-24T08:30:00Z"), room: "Main Hall",
          },
        });
      }

      for (const code of INVITED_2020) {
        await tx.invitation.upsert({
          where: { editionId_countryCode: { editionId: first.id, countryCode: code } },
          create: { editionId: first.id, countryCode: code, status: "ACCEPTED", quota: 3, ...invitationToken(), sentAt: new Date("2020-09-15T00:00:00Z"), respondedAt: new Date("2020-10-01T00:00:00Z") },
          update: {},
        });
      }
      for (const [code, status] of INVITED_NEXT) {
        const focal = DEMO_ACCOUNTS.find((a) => a.role === "FOCAL_POINT" && a.countryCode === code);
        const focalUser = focal ? await tx.user.findUnique({ where: { email: focal.email } }) : null;
        await tx.invitation.upsert({
          where: { editionId_countryCode: { editionId: next.id, countryCode: code } },
          create: {
            editionId: next.id, countryCode: code, status, quota: code === "CN" ? 10 : 4, ...invitationToken(),
            sentAt: status === "NOT_SENT" ? null : new Date("2026-09-01T00:00:00Z"),
            respondedAt: ["ACCEPTED", "DECLINED"].includes(status) ? new Date("2026-10-01T00:00:00Z") : null,
            focalPointId: focalUser?.id, focalPointName: focal?.name, focalPointEmail: focal?.email,
          },
          update: {},
        });
      }

      // Organizations invited besides the States.
      for (const o of DEMO_ORGANIZATIONS) await tx.organization.upsert({ where: { acronym: o.acronym }, create: o, update: {} });
      const unodc = await tx.organization.findUniqueOrThrow({ where: { acronym: "UNODC" } });
      await tx.invitation.upsert({
        where: { editionId_organizationId: { editionId: next.id, organizationId: unodc.id } },
        create: { editionId: next.id, organizationId: unodc.id, status: "ACCEPTED", quota: 2, ...invitationToken(), sentAt: new Date("2026-09-01T00:00:00Z"), respondedAt: new Date("2026-10-05T00:00:00Z") },
        update: {},
      });

      await seedNewsroom(tx, first.id);

      const delegate = await tx.user.findUniqueOrThrow({ where: { email: "delegate@plenary.test" } });
      const egypt = await tx.invitation.findUniqueOrThrow({ where: { editionId_countryCode: { editionId: next.id, countryCode: "EG" } } });
      const existing = await tx.registration.findFirst({ where: { editionId: next.id, email: delegate.email } });
      if (!existing) {
        await tx.registration.create({
          data: {
            editionId: next.id, countryCode: "EG", invitationId: egypt.id, userId: delegate.id, honorific: "Dr.",
            givenName: "Omar", familyName: "Farouk", jobTitle: "Counsellor", organization: "Ministry of Foreign Affairs of Egypt",
            email: delegate.email, delegationRole: "HEAD", status: "APPROVED", consentAt: new Date(), consentVersion: "2026-01",
            ...tokenColumns(), reviewedAt: new Date(),
          },
        });
      }
    },
    { timeout: 60_000 },
  );
  return DEMO_ACCOUNTS.map((a) => ({ email: a.email, role: a.role, password: DEMO_PASSWORD }));
}

/** Seeds the database in DATABASE_URL (reference data; the demo too in demo mode), then disconnects. */
export async function runSeed({ demo }: { demo: boolean }) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = createDb(url);
  try {
    await seedReference(db);
    return demo ? await seedDemo(db) : [];
  } finally {
    await db.$disconnect();
  }
}

// `prisma db seed` / `tsx prisma/seed.ts`
if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) {
  runSeed({ demo: process.env.PLENARY_DEMO === "on" }).then(
    (a) => console.log(a.length ? `seeded the demo; ${a.length} demo accounts` : "seeded the reference data (PLENARY_DEMO=on adds the demo)"),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
