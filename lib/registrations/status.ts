import type { InvitationStatus, RegistrationStatus } from "@/lib/generated/prisma/enums";
import type { Tone } from "@/components/ui/status-badge";

/** Statuses in which a registration holds a place in its delegation (and counts against quotas). */
export const ACTIVE_REGISTRATION = ["PENDING", "APPROVED", "WAITLISTED"] as const;

/** A registration still in play (pending, approved or waitlisted): it can be changed or cancelled. */
export function isActiveRegistration(status: string): boolean {
  return (ACTIVE_REGISTRATION as readonly string[]).includes(status);
}

export const REGISTRATION_STATUS_TONE: Record<RegistrationStatus, Tone> = {
  PENDING: "amber", APPROVED: "green", WAITLISTED: "blue", REJECTED: "red", CANCELLED: "gray",
};

export const INVITATION_STATUS_TONE: Record<InvitationStatus, Tone> = {
  NOT_SENT: "gray", SENT: "amber", ACCEPTED: "green", DECLINED: "red", NO_ANSWER: "gray",
};
