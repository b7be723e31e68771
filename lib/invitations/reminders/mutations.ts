// The invitations' reminder job, as a use case of Plenary itself (SYSTEM_ACTOR).
import "server-only";
import { ok } from "@/lib/errors";
import { can as hasPermission } from "@/lib/access/policy";
import { defineUseCase, nothingToLoad } from "@/lib/use-case";
import { invitationWithEdition, mailInvitations } from "../mutations";
import { invitationIdInput } from "../schema";

/**
 * Reminds focal points who have not answered after the edition's number of days, and again
 * each interval. Each row is claimed by a conditional UPDATE on lastReminderAt (… AND
 * "lastReminderAt" IS NULL OR older than the interval), so two workers never remind the
 * same invitation twice within the interval. Then marks "no answer" where the registration
 * window has closed.
 */
export const sendDueReminders = defineUseCase({
  name: "invitations.remindDue",
  input: invitationIdInput.partial(),
  allows: (actor) => hasPermission(actor, "system.jobs"),
  load: nothingToLoad,
  authorize: (actor) => hasPermission(actor, "system.jobs"),
  async run({ tx, now }) {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Invitation" i SET "lastReminderAt" = ${now}, "reminderCount" = i."reminderCount" + 1, "updatedAt" = ${now}
      FROM "Edition" e
      WHERE e.id = i."editionId" AND e."reminderAfterDays" IS NOT NULL AND e.status IN ('ANNOUNCED', 'REGISTRATION_OPEN')
        AND (e."registrationClosesAt" IS NULL OR e."registrationClosesAt" > ${now})
        AND i.status = 'SENT' AND i."revokedAt" IS NULL AND i."focalPointEmail" IS NOT NULL
        AND COALESCE(i."lastReminderAt", i."sentAt") <= ${now}::timestamp - make_interval(days => e."reminderAfterDays")
      RETURNING i.id`;
    const due = await tx.invitation.findMany({ where: { id: { in: claimed.map((c) => c.id) } }, include: invitationWithEdition });
    await mailInvitations(tx, due, "invitation-reminder", now);
    const closed = await tx.$executeRaw`
      UPDATE "Invitation" i SET status = 'NO_ANSWER', "updatedAt" = ${now}
      FROM "Edition" e
      WHERE e.id = i."editionId" AND i.status = 'SENT' AND e."registrationClosesAt" IS NOT NULL AND e."registrationClosesAt" <= ${now}`;
    return ok({ reminded: claimed.length, noAnswer: closed });
  },
  audit: (_ctx, r) => (r.reminded || r.noAnswer ? { action: "invitation.remindDue", entityType: "Invitation", entityId: "-", data: { reminded: r.reminded, noAnswer: r.noAnswer } } : null),
});
