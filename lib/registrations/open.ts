// When an edition takes registrations, and when a registration waits for its focal point.
// Pure: the pages show it, the use cases decide with it.

interface OpenFacts {
  status: string;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  publicRegistration: boolean;
}

/** Whether the edition takes registrations now: open, within its dates, and (on the public form) open to the public. */
export function registrationOpen(e: OpenFacts, now: Date, via: "public" | "delegation"): boolean {
  if (e.status !== "REGISTRATION_OPEN") return false;
  if (e.registrationOpensAt && e.registrationOpensAt > now) return false;
  if (e.registrationClosesAt && e.registrationClosesAt <= now) return false;
  return via === "delegation" || e.publicRegistration;
}

/** With the optional first stage on, a delegation's registration waits for its focal point before the secretariat decides. */
export function awaitsFocalPoint(e: { focalPointReview: boolean }, r: { invitationId: string | null; confirmedAt: Date | null; status: string }): boolean {
  return e.focalPointReview && r.invitationId !== null && r.confirmedAt === null && (r.status === "PENDING" || r.status === "WAITLISTED");
}
