import "server-only";
import { db } from "@/lib/db";

/** The latest issue of a registration's visa letter with what it states; null when none was issued or the passport is gone. */
export async function getVisaLetter(registrationId: string) {
  const r = await db.registration.findUnique({
    where: { id: registrationId },
    select: {
      id: true, honorific: true, givenName: true, familyName: true, jobTitle: true, passportNumber: true, nationality: true, locale: true, status: true, erasedAt: true,
      visaLetters: { orderBy: { version: "desc" }, take: 1, select: { number: true, version: true, issuedAt: true } },
      edition: { select: { number: true, theme: true, startsAt: true, endsAt: true, timeZone: true, city: true, series: { select: { name: true, hostName: true } } } },
    },
  });
  const issue = r?.visaLetters[0];
  if (!r || !issue || r.erasedAt || !r.passportNumber || !r.nationality) return null;
  return { ...r, issue };
}
export type VisaLetterData = NonNullable<Awaited<ReturnType<typeof getVisaLetter>>>;
