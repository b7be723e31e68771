// Sessions that can be ended. The session cookie is a signed JWT naming a session row; the
// row is checked on every request, so signing out, disabling a user or an expired absolute
// lifetime takes effect at once on every instance. Only a hash of the session id is stored.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

/** Back-office sessions end 12 hours after sign-in, whatever the activity; others after 7 days. */
export const ABSOLUTE_LIFETIME_HOURS: Record<Role, number> = {
  ORGANIZER: 12,
  REVIEWER: 12,
  PRESS_OFFICER: 12,
  FOCAL_POINT: 7 * 24,
  DELEGATE: 7 * 24,
  CHECKIN: 24, // a desk runs for a day of the seminar
};

const digest = (sid: string) => createHash("sha256").update(sid).digest("base64url");

/** A new session for a user who just signed in; returns the id the cookie carries. */
export async function openSession(userId: string, now = new Date()): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  const sid = randomBytes(32).toString("base64url");
  await db.session.create({ data: { sessionToken: digest(sid), userId, expires: new Date(now.getTime() + ABSOLUTE_LIFETIME_HOURS[user.role] * 3_600_000) } });
  // Expired rows of this user go when a new one comes.
  await db.session.deleteMany({ where: { userId, expires: { lt: now } } });
  return sid;
}

/** Is this session still open for this user (not signed out, not expired, user not disabled)? */
export async function isSessionLive(sid: unknown, userId: unknown, now = new Date()): Promise<boolean> {
  if (typeof sid !== "string" || typeof userId !== "string" || sid.length > 100) return false;
  const row = await db.session.findUnique({ where: { sessionToken: digest(sid) }, select: { userId: true, expires: true, user: { select: { disabledAt: true } } } });
  return !!row && row.userId === userId && row.expires > now && !row.user.disabledAt;
}

export async function closeSession(sid: unknown): Promise<void> {
  if (typeof sid === "string") await db.session.deleteMany({ where: { sessionToken: digest(sid) } });
}
